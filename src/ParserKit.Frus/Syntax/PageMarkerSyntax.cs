using ParserKit.Frus.Analysis;
using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>Which sequence a page marker belongs to.</summary>
public enum PageKind
{
    /// <summary><c>[Page N]</c>: the printed volume's page.</summary>
    Page,
    /// <summary><c>[Facsimile Page N]</c>: a page of a facsimile (restarts at 1 in every document).</summary>
    Facsimile,
    /// <summary><c>[Typeset Page N]</c>: a typeset page of a microfiche supplement (continues through the volume).</summary>
    Typeset,
}

/// <summary>
/// A page marker: <c>[Page 759]</c>, <c>[Facsimile Page 1]</c>, <c>[Typeset Page 1609]</c>, <c>[Page VII]</c>,
/// <c>[Page [X]]</c> (an unnumbered page). It sits inside a paragraph or alone on its line.
/// </summary>
public sealed class PageMarkerSyntax : FrusSyntaxNode
{
    internal PageMarkerSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary><c>[</c></summary>
    public SyntaxToken OpenBracketToken => GetToken(FrusSyntaxKind.OpenBracketToken);

    /// <summary><c>Page</c>, <c>Facsimile Page</c> or <c>Typeset Page</c> as written.</summary>
    public SyntaxToken KeywordToken => GetToken(FrusSyntaxKind.PageKeywordToken);

    /// <summary>The number as printed (missing in <c>[Page ]</c>).</summary>
    public SyntaxToken NumberToken => GetToken(FrusSyntaxKind.PageNumberToken);

    /// <summary><c>]</c> (missing when the text lacks it).</summary>
    public SyntaxToken CloseBracketToken => GetToken(FrusSyntaxKind.CloseBracketToken);

    /// <summary>Page, facsimile or typeset.</summary>
    public PageKind PageKind
    {
        get
        {
            var keyword = KeywordToken.TextSpanChars;
            if (keyword.StartsWith("Facsimile", StringComparison.OrdinalIgnoreCase)) return PageKind.Facsimile;
            if (keyword.StartsWith("Typeset", StringComparison.OrdinalIgnoreCase)) return PageKind.Typeset;
            return PageKind.Page;
        }
    }

    /// <summary>The number as printed: <c>759</c>, <c>VII</c>, <c>[X]</c>; empty when missing.</summary>
    public string Number => NumberToken.Text;

    /// <summary>True for a page the volume prints no number on (<c>[Page [X]]</c>).</summary>
    public bool IsUnnumbered => NumberToken.TextSpanChars.StartsWith('[');

    /// <summary>The page number's value (arabic or roman, brackets of an unnumbered page ignored), or null when it is not a number.</summary>
    public int? Value => PageNumber.Parse(NumberToken.TextSpanChars);

    /// <summary>True when the number is written in roman numerals (front matter).</summary>
    public bool IsRoman => PageNumber.IsRoman(NumberToken.TextSpanChars);

    /// <summary>True when the marker sits inside a paragraph rather than on its own line.</summary>
    public bool IsInline => Parent is not PageBreakSyntax;

    /// <summary>True when the marker has the exact printed form: keyword capitalised, one space, a well-formed number, both brackets.</summary>
    public bool IsWellFormed =>
        !OpenBracketToken.IsMissing && !CloseBracketToken.IsMissing && !NumberToken.IsMissing
        && PageNumber.IsKeywordWellFormed(KeywordToken.TextSpanChars) && Value is not null
        && KeywordToken.Green!.TrailingTrivia.Count == 1 && KeywordToken.Green.TrailingTrivia[0].FullWidth == 1;
}
