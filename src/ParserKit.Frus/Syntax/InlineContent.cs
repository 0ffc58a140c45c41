using System.Text;
using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

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
        for (int i = firstChild; i < endChild; i++) Append(builder, node.Green.GetSlot(i));
        return trim ? builder.ToString().Trim() : builder.ToString();
    }

    /// <summary>
    /// True when <see cref="Text"/> of the same children would hold only white space (or nothing), found without
    /// building the text.
    /// </summary>
    public static bool IsBlank(SyntaxNode node, int firstChild, int endChild)
    {
        Stack<GreenNode>? nested = null; // made only for a child that is a node (inserts mostly hold tokens)
        for (int i = firstChild; i < endChild; i++)
        {
            var child = node.Green.GetSlot(i);
            if (child is GreenToken token)
            {
                if (!IsBlank(token)) return false;
                continue;
            }
            nested ??= new Stack<GreenNode>();
            nested.Push(child);
            while (nested.Count > 0)
            {
                var green = nested.Pop();
                if (green is not GreenToken descendant) for (int k = green.SlotCount - 1; k >= 0; k--) nested.Push(green.GetSlot(k));
                else if (!IsBlank(descendant)) return false;
            }
        }
        return true;
    }

    private static bool IsBlank(GreenToken token)
    {
        if (token.RawKind == (int)FrusSyntaxKind.FootnoteMarkerToken) return true;
        if (!token.Text.Span.IsWhiteSpace()) return false;
        for (int i = 0; i < token.LeadingTrivia.Count; i++) if (!token.LeadingTrivia[i].Text.Span.IsWhiteSpace()) return false;
        for (int i = 0; i < token.TrailingTrivia.Count; i++) if (!token.TrailingTrivia[i].Text.Span.IsWhiteSpace()) return false;
        return true;
    }

    /// <summary>
    /// Appends the full text of the tokens of <paramref name="green"/>, footnote markers left out. It reads the green
    /// nodes, so no red node or token string is made.
    /// </summary>
    private static void Append(StringBuilder builder, GreenNode green)
    {
        if (green is GreenToken token)
        {
            AppendToken(builder, token);
            return;
        }
        // Explicit stack, as in GreenNode.WriteTo: a tree built by hand may be deeper than the call stack allows.
        var stack = new Stack<GreenNode>();
        stack.Push(green);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is GreenToken descendant) AppendToken(builder, descendant);
            else for (int i = node.SlotCount - 1; i >= 0; i--) stack.Push(node.GetSlot(i));
        }
    }

    private static void AppendToken(StringBuilder builder, GreenToken token)
    {
        if (token.RawKind == (int)FrusSyntaxKind.FootnoteMarkerToken) return;
        for (int i = 0; i < token.LeadingTrivia.Count; i++) builder.Append(token.LeadingTrivia[i].Text.Span);
        builder.Append(token.Text.Span);
        for (int i = 0; i < token.TrailingTrivia.Count; i++) builder.Append(token.TrailingTrivia[i].Text.Span);
    }

    /// <summary>The footnote references directly or indirectly inside <paramref name="node"/>.</summary>
    public static IEnumerable<FootnoteReferenceSyntax> References(SyntaxNode node)
        => node.DescendantNodes().OfType<FootnoteReferenceSyntax>();
}
