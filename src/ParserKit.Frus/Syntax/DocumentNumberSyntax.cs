using System.Globalization;
using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>The number of a heading: <c>353.</c> (modern volumes) or <c>[101]</c> (older volumes, as chapter lists print it).</summary>
public sealed class DocumentNumberSyntax : FrusSyntaxNode
{
    internal DocumentNumberSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>True for the bracketed form <c>[101]</c>.</summary>
    public bool IsBracketed => GetToken(FrusSyntaxKind.OpenBracketToken).Green is not null;

    /// <summary><c>[</c> of the bracketed form, or a default token.</summary>
    public SyntaxToken OpenBracketToken => GetToken(FrusSyntaxKind.OpenBracketToken);

    /// <summary>The digits.</summary>
    public SyntaxToken NumberToken => GetToken(FrusSyntaxKind.NumberToken);

    /// <summary>The period after the number (missing when the text lacks it), or a default token for the bracketed form.</summary>
    public SyntaxToken DotToken => GetToken(FrusSyntaxKind.DotToken);

    /// <summary><c>]</c> of the bracketed form (missing when the text lacks it), or a default token.</summary>
    public SyntaxToken CloseBracketToken => GetToken(FrusSyntaxKind.CloseBracketToken);

    /// <summary>The number as printed.</summary>
    public string Text => NumberToken.Text;

    /// <summary>The number as an integer, or null when it does not fit.</summary>
    public int? Value => int.TryParse(NumberToken.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : null;
}
