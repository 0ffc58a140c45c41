using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>A footnote marker glued to the text: the <c>1</c> of <c>February 181</c>, the <c>2</c> of <c>(Embtel 812)2</c>.</summary>
public sealed class FootnoteReferenceSyntax : FrusSyntaxNode
{
    internal FootnoteReferenceSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The marker token.</summary>
    public SyntaxToken MarkerToken => GetToken(FrusSyntaxKind.FootnoteMarkerToken);

    /// <summary>The label as printed: <c>1</c>, <c>0</c>, <c>12a</c>.</summary>
    public string Label => MarkerToken.Text;

    /// <summary>The footnote body this marker refers to, or null when the document has none with its label.</summary>
    public FootnoteSyntax? Footnote => Document?.FootnoteResolution.FootnoteOf(this);
}
