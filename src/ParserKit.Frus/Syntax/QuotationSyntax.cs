using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>
/// Quoted text, <c>“…”</c>. A quotation that runs over several paragraphs opens each with <c>“</c> and closes
/// once, in its last paragraph; the earlier paragraphs hold a quotation with no closing mark.
/// </summary>
public sealed class QuotationSyntax : FrusSyntaxNode
{
    internal QuotationSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The opening <c>“</c>.</summary>
    public SyntaxToken OpenQuoteToken => GetToken(FrusSyntaxKind.OpenQuoteToken);

    /// <summary>The closing <c>”</c>, or a default token when the quotation goes on in the next paragraph.</summary>
    public SyntaxToken CloseQuoteToken => GetToken(FrusSyntaxKind.CloseQuoteToken);

    /// <summary>True when the quotation goes on in the next paragraph (no closing mark here).</summary>
    public bool ContinuesInNextParagraph => CloseQuoteToken.Green is null;

    /// <summary>The quoted words, without the marks and without footnote markers.</summary>
    public string Text => InlineContent.Text(this, 1, ContinuesInNextParagraph ? ChildCount : ChildCount - 1, trim: false);
}
