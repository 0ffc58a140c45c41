using ParserKit.Diagnostics;
using ParserKit.Syntax.InternalSyntax;
using ParserKit.Text;

namespace ParserKit.Syntax;

/// <summary>The red facade of a token: a value type, made on demand, that knows its parent and position.</summary>
public readonly struct SyntaxToken : IEquatable<SyntaxToken>
{
    internal SyntaxToken(SyntaxNode? parent, GreenToken green, int position, int index)
    {
        Parent = parent;
        Green = green;
        Position = position;
        Index = index;
    }

    /// <summary>A token with no parent, for building or replacing trees.</summary>
    public static SyntaxToken Create(GreenToken green) => new(null, green, 0, 0);

    /// <summary>The node that holds the token.</summary>
    public SyntaxNode? Parent { get; }

    /// <summary>The green token, or null for a default token.</summary>
    public GreenToken? Green { get; }

    /// <summary>Absolute offset where the full span (with trivia) starts.</summary>
    public int Position { get; }

    /// <summary>Index of the token among its parent's children.</summary>
    public int Index { get; }

    /// <summary>The language-specific kind as a number (0 for a default token).</summary>
    public int RawKind => Green?.RawKind ?? 0;

    /// <summary>The token's own text, without trivia.</summary>
    public string Text => Green is null ? string.Empty : Green.Text.ToString();

    /// <summary>The token's own characters, with no copy.</summary>
    public ReadOnlySpan<char> TextSpanChars => Green is null ? default : Green.Text.Span;

    /// <summary>True when the parser inserted the token because the text lacks it.</summary>
    public bool IsMissing => Green?.IsMissing ?? false;

    /// <summary>The span with trivia.</summary>
    public TextSpan FullSpan => new(Position, Green?.FullWidth ?? 0);

    /// <summary>The span of the token's own text.</summary>
    public TextSpan Span => new(Position + (Green?.LeadingTriviaWidth ?? 0), Green?.Text.Length ?? 0);

    /// <summary>The trivia before the token.</summary>
    public IEnumerable<SyntaxTrivia> LeadingTrivia
    {
        get
        {
            if (Green is null) yield break;
            int position = Position;
            foreach (var trivia in Green.LeadingTrivia)
            {
                yield return new SyntaxTrivia(this, trivia, position);
                position += trivia.FullWidth;
            }
        }
    }

    /// <summary>The trivia after the token.</summary>
    public IEnumerable<SyntaxTrivia> TrailingTrivia
    {
        get
        {
            if (Green is null) yield break;
            int position = Span.End;
            foreach (var trivia in Green.TrailingTrivia)
            {
                yield return new SyntaxTrivia(this, trivia, position);
                position += trivia.FullWidth;
            }
        }
    }

    /// <summary>The location of <see cref="Span"/> in the token's tree.</summary>
    public Location GetLocation() => Location.Create(Parent?.SyntaxTree, Span);

    /// <summary>The exact text, trivia included.</summary>
    public string ToFullString() => Green?.ToFullString() ?? string.Empty;

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <inheritdoc/>
    public bool Equals(SyntaxToken other) => ReferenceEquals(Parent, other.Parent) && ReferenceEquals(Green, other.Green) && Position == other.Position && Index == other.Index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxToken other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Parent, Green, Position, Index);

    /// <summary>Equality of position and identity.</summary>
    public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);

    /// <summary>Inequality of position and identity.</summary>
    public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);
}
