using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>A page marker alone on its line, between blocks.</summary>
public sealed class PageBreakSyntax : FrusSyntaxNode
{
    internal PageBreakSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The marker.</summary>
    public PageMarkerSyntax PageMarker => GetNode<PageMarkerSyntax>()!;
}
