using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>The footnote bodies at the end of the document.</summary>
public sealed class FootnoteSectionSyntax : FrusSyntaxNode
{
    internal FootnoteSectionSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The footnotes in order.</summary>
    public IEnumerable<FootnoteSyntax> Footnotes => ChildNodes().OfType<FootnoteSyntax>();
}
