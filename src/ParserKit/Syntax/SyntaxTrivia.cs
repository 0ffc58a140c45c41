using ParserKit.Syntax.InternalSyntax;
using ParserKit.Text;

namespace ParserKit.Syntax;

/// <summary>The red facade of a trivia: spaces and line breaks that a token carries.</summary>
public readonly struct SyntaxTrivia
{
    internal SyntaxTrivia(SyntaxToken token, GreenTrivia green, int position)
    {
        Token = token;
        Green = green;
        Position = position;
    }

    /// <summary>The token that carries the trivia.</summary>
    public SyntaxToken Token { get; }

    /// <summary>The green trivia.</summary>
    public GreenTrivia Green { get; }

    /// <summary>Absolute offset of the trivia.</summary>
    public int Position { get; }

    /// <summary>The language-specific kind as a number.</summary>
    public int RawKind => Green.RawKind;

    /// <summary>The trivia's span.</summary>
    public TextSpan Span => new(Position, Green.FullWidth);

    /// <summary>The trivia's text.</summary>
    public override string ToString() => Green.Text.ToString();
}
