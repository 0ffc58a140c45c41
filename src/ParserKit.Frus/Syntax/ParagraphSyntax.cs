using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>One line of prose: text runs, footnote markers, page markers and editorial inserts.</summary>
public sealed class ParagraphSyntax : FrusSyntaxNode
{
    internal ParagraphSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The inline content in order.</summary>
    public IEnumerable<SyntaxNodeOrToken> Inlines => ChildNodesAndTokens();

    /// <summary>The paragraph as a reader sees it, without footnote markers (the salutation included).</summary>
    public string Text => InlineContent.Text(this);

    /// <summary>The salutation that opens the paragraph (<c>Sir:</c>), or null.</summary>
    public SalutationSyntax? Salutation => ChildCount > 0 ? ChildAt(0).AsNode() as SalutationSyntax : null;
}
