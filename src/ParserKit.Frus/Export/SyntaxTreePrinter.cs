using System.Text;
using ParserKit.Frus.Syntax;
using ParserKit.Syntax;

namespace ParserKit.Frus.Export;

/// <summary>
/// An indented, line-per-element dump of a tree: kinds, spans, token text and trivia. Used by
/// <c>parserkit tree</c> and by the snapshot tests, so it is stable and meant to be read in a review.
/// </summary>
public static class SyntaxTreePrinter
{
    /// <summary>Token text longer than this is shortened in the middle.</summary>
    public const int MaxTextLength = 60;

    /// <summary>The dump of <paramref name="node"/> and everything below it.</summary>
    public static string Print(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Print(builder, node, 0);
        return builder.ToString();
    }

    private static void Print(StringBuilder builder, SyntaxNode node, int depth)
    {
        builder.Append(' ', depth * 2).Append(KindName(node.RawKind)).Append(' ').Append(Span(node.FullSpan)).AppendLine();
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.IsNode) Print(builder, child.AsNode()!, depth + 1);
            else PrintToken(builder, child.AsToken(), depth + 1);
        }
    }

    private static void PrintToken(StringBuilder builder, SyntaxToken token, int depth)
    {
        builder.Append(' ', depth * 2).Append(KindName(token.RawKind)).Append(' ').Append(Span(token.Span));
        if (token.IsMissing) builder.Append(" <missing>");
        else if (token.Span.Length > 0) builder.Append(' ').Append(Quote(token.Text));
        AppendTrivia(builder, " lead:", token.LeadingTrivia);
        AppendTrivia(builder, " trail:", token.TrailingTrivia);
        builder.AppendLine();
    }

    private static void AppendTrivia(StringBuilder builder, string label, IEnumerable<SyntaxTrivia> trivia)
    {
        bool first = true;
        foreach (var item in trivia)
        {
            builder.Append(first ? label : ",").Append(' ').Append(Quote(item.ToString()));
            first = false;
        }
    }

    /// <summary>The name of a kind for dumps.</summary>
    public static string KindName(int rawKind) => ((FrusSyntaxKind)rawKind).ToString();

    private static string Span(ParserKit.Text.TextSpan span) => $"[{span.Start}..{span.End})";

    /// <summary>Quotes text with C-style escapes for control characters, shortening long text.</summary>
    public static string Quote(string text)
    {
        if (text.Length > MaxTextLength)
            text = string.Concat(text.AsSpan(0, MaxTextLength / 2 - 2), " … ", text.AsSpan(text.Length - MaxTextLength / 2 + 2));
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case < ' ' or '\uFEFF': builder.Append($"\\u{(int)c:X4}"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.Append('"').ToString();
    }
}
