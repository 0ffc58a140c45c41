using System.Text;
using ParserKit.Syntax;

namespace ParserKit.Frus.Syntax;

/// <summary>Shared reading of inline content (text, inserts, page markers, footnote markers).</summary>
internal static class InlineContent
{
    /// <summary>
    /// The text a reader sees: every token's text with inner trivia, without footnote markers. With <paramref name="trim"/>,
    /// white space around the whole range (line breaks, indentation) is left out.
    /// </summary>
    public static string Text(SyntaxNode node, int firstChild = 0, int endChild = -1, bool trim = true)
    {
        var builder = new StringBuilder();
        if (endChild < 0) endChild = node.ChildCount;
        for (int i = firstChild; i < endChild; i++) Append(builder, node.ChildAt(i));
        return trim ? builder.ToString().Trim() : builder.ToString();
    }

    private static void Append(StringBuilder builder, SyntaxNodeOrToken child)
    {
        if (child.IsToken)
        {
            var token = child.AsToken();
            if (token.RawKind == (int)FrusSyntaxKind.FootnoteMarkerToken) return;
            builder.Append(token.ToFullString());
            return;
        }
        foreach (var token in child.AsNode()!.DescendantTokens())
        {
            if (token.RawKind == (int)FrusSyntaxKind.FootnoteMarkerToken) continue;
            builder.Append(token.ToFullString());
        }
    }

    /// <summary>The footnote references directly or indirectly inside <paramref name="node"/>.</summary>
    public static IEnumerable<FootnoteReferenceSyntax> References(SyntaxNode node)
        => node.DescendantNodes().OfType<FootnoteReferenceSyntax>();
}
