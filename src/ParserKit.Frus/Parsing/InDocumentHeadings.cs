using ParserKit.Frus.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Parsing;

/// <summary>
/// Short title lines inside a document (<c>AIDE MEMOIRE</c>, <c>(Informal Translation)</c>): TEI prints them as
/// centred or capitalised paragraphs, which plain text shows only by their shape.
/// </summary>
internal static class InDocumentHeadings
{
    private const int MaxLength = 120;

    /// <summary>The paragraph, or an in-document heading when it is one short line in capitals or parentheses.</summary>
    public static GreenNode Classify(GreenNode paragraph)
    {
        if (paragraph.FullWidth > MaxLength || paragraph.SlotCount != 1 || paragraph.GetSlot(0) is not GreenToken { RawKind: (int)FrusSyntaxKind.TextToken } token)
            return paragraph;
        var text = token.Text.Span;
        bool parenthesised = text.Length > 2 && text[0] == '(' && text[^1] == ')' && text.IndexOf(')') == text.Length - 1;
        bool capitals = text.IndexOfAnyInRange('a', 'z') < 0 && text.ContainsAnyInRange('A', 'Z') && !text.Contains('.');
        return parenthesised || capitals ? new FrusGreenNode(FrusSyntaxKind.InDocumentHeading, [token]) : paragraph;
    }
}
