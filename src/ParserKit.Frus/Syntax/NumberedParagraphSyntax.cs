using System.Globalization;
using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>
/// A paragraph that opens with a number and a period: numbered paragraphs (<c>1. This memorandum …</c>)
/// and telegram numbers (<c>490. Most literally eyes only …</c>), which look like headings but follow one.
/// </summary>
public sealed class NumberedParagraphSyntax : FrusSyntaxNode
{
    internal NumberedParagraphSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The digits.</summary>
    public SyntaxToken NumberToken => GetToken(FrusSyntaxKind.NumberToken);

    /// <summary>The period after the number.</summary>
    public SyntaxToken DotToken => GetToken(FrusSyntaxKind.DotToken);

    /// <summary>The number as an integer, or null when it does not fit.</summary>
    public int? Number => int.TryParse(NumberToken.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : null;

    /// <summary>The paragraph after the number, as a reader sees it.</summary>
    public string Text => InlineContent.Text(this, 2);
}
