using ParserKit.Frus.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Parsing;

/// <summary>Trivia factory that shares the common cases (one space, a line break) instead of allocating them per line.</summary>
internal static class Trivia
{
    private static readonly GreenTrivia LineFeed = new((int)FrusSyntaxKind.EndOfLineTrivia, "\n".AsMemory());
    private static readonly GreenTrivia CarriageReturnLineFeed = new((int)FrusSyntaxKind.EndOfLineTrivia, "\r\n".AsMemory());
    private static readonly GreenTrivia Space = new((int)FrusSyntaxKind.WhitespaceTrivia, " ".AsMemory());
    private static readonly GreenTrivia TwoSpaces = new((int)FrusSyntaxKind.WhitespaceTrivia, "  ".AsMemory());

    public static GreenTrivia[] None { get; } = [];

    public static GreenTrivia[] LineFeedOnly { get; } = [LineFeed];

    public static GreenTrivia[] CarriageReturnLineFeedOnly { get; } = [CarriageReturnLineFeed];

    public static GreenTrivia[] SpaceOnly { get; } = [Space];

    public static GreenTrivia EndOfLine(ReadOnlyMemory<char> text) => text.Span switch
    {
        "\n" => LineFeed,
        "\r\n" => CarriageReturnLineFeed,
        _ => new GreenTrivia((int)FrusSyntaxKind.EndOfLineTrivia, text),
    };

    public static GreenTrivia Whitespace(ReadOnlyMemory<char> text) => text.Span switch
    {
        " " => Space,
        "  " => TwoSpaces,
        _ => new GreenTrivia((int)FrusSyntaxKind.WhitespaceTrivia, text),
    };

    /// <summary>Trailing trivia of a line's last token: optional white space, then the line break if any.</summary>
    public static GreenTrivia[] LineEnd(ReadOnlyMemory<char> whitespace, ReadOnlyMemory<char> lineBreak)
    {
        if (whitespace.IsEmpty)
        {
            if (lineBreak.IsEmpty) return None;
            if (lineBreak.Span is "\n") return LineFeedOnly;
            if (lineBreak.Span is "\r\n") return CarriageReturnLineFeedOnly;
            return [EndOfLine(lineBreak)];
        }
        return lineBreak.IsEmpty ? [Whitespace(whitespace)] : [Whitespace(whitespace), EndOfLine(lineBreak)];
    }
}
