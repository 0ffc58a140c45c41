using ParserKit.Syntax;

namespace ParserKit.Frus.Rules;

/// <summary>How messages quote a bracket token, which may be a run of adjacent brackets (<c>[[[</c>) that pair with nothing.</summary>
internal static class BracketRun
{
    private const int LongestQuoted = 8;

    /// <summary><c>'['</c>, <c>'[[['</c>, or for a long run <c>'[[[…' (200000 brackets)</c>.</summary>
    public static string Quote(SyntaxToken token)
    {
        if (token.Span.Length == 1) return token.RawKind == (int)Syntax.FrusSyntaxKind.OpenBracketToken ? "'['" : "']'";
        string text = token.Text;
        return text.Length <= LongestQuoted ? $"'{text}'" : $"'{text[..3]}…' ({text.Length} brackets)";
    }
}
