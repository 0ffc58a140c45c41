using ParserKit.Frus.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Parsing;

/// <summary>What the lexer knows about a token's place that its green token does not carry.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,
    /// <summary>The first token of a line (its leading trivia holds the previous line break, or it starts the text).</summary>
    StartsLine = 1,
    /// <summary>A bracket with no partner on its line.</summary>
    Unmatched = 2,
    /// <summary>A bracket nested deeper than the grammar descends; kept as skipped text.</summary>
    TooDeep = 4,
}

/// <summary>The grammar's input element: a green token and its flags (a small struct, so the array is cheap).</summary>
internal readonly record struct Token(GreenToken Green, TokenFlags Flags, LineRole Role = LineRole.None)
{
    public FrusSyntaxKind Kind => (FrusSyntaxKind)Green.RawKind;

    public bool StartsLine => (Flags & TokenFlags.StartsLine) != 0;

    public bool Has(TokenFlags flag) => (Flags & flag) != 0;

    /// <summary>True for the first token of a line the classifier judged to be <paramref name="role"/>.</summary>
    public bool Starts(LineRole role) => StartsLine && Role == role;

    public override string ToString() => $"{Kind} \"{Green.Text}\" {Flags} {Role}";
}
