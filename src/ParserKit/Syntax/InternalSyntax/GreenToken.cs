using System.Text;

namespace ParserKit.Syntax.InternalSyntax;

/// <summary>
/// A green token: a kind, its text and the trivia before and after it. The text is a slice of the parsed
/// string (no substring is made); a token made by a factory holds its own string.
/// </summary>
public sealed class GreenToken : GreenNode
{
    private static readonly GreenTrivia[] NoTrivia = [];

    /// <summary>Creates a token.</summary>
    public GreenToken(int kind, ReadOnlyMemory<char> text, GreenTrivia[]? leading = null, GreenTrivia[]? trailing = null, bool isMissing = false)
        : base(kind, text.Length + Sum(leading) + Sum(trailing), isMissing ? GreenNodeFlags.IsMissing | GreenNodeFlags.ContainsMissing : GreenNodeFlags.None)
    {
        if (isMissing && !text.IsEmpty) throw new ArgumentException("A missing token has no text.", nameof(text));
        Text = text;
        LeadingTrivia = leading ?? NoTrivia;
        TrailingTrivia = trailing ?? NoTrivia;
    }

    /// <summary>Creates a zero-width token that stands for text the document lacks.</summary>
    public static GreenToken Missing(int kind)
    {
        // Green nodes know no position or parent, so one missing token per kind serves every place it is missing.
        if ((uint)kind >= (uint)MissingByKind.Length) return new(kind, ReadOnlyMemory<char>.Empty, isMissing: true);
        return MissingByKind[kind] ??= new(kind, ReadOnlyMemory<char>.Empty, isMissing: true);
    }

    private static readonly GreenToken?[] MissingByKind = new GreenToken?[1024];

    /// <summary>The token's own characters, without trivia.</summary>
    public ReadOnlyMemory<char> Text { get; }

    /// <summary>Trivia before the token.</summary>
    public IReadOnlyList<GreenTrivia> LeadingTrivia { get; }

    /// <summary>Trivia after the token, up to and including the end of its line.</summary>
    public IReadOnlyList<GreenTrivia> TrailingTrivia { get; }

    /// <inheritdoc/>
    public override bool IsToken => true;

    /// <inheritdoc/>
    public override int LeadingTriviaWidth => Sum(LeadingTrivia);

    /// <inheritdoc/>
    public override int TrailingTriviaWidth => Sum(TrailingTrivia);

    /// <summary>A copy with other leading trivia.</summary>
    public GreenToken WithLeadingTrivia(GreenTrivia[] trivia) => new(RawKind, Text, trivia, [.. TrailingTrivia], IsMissing && Text.IsEmpty);

    /// <summary>A copy with other trailing trivia.</summary>
    public GreenToken WithTrailingTrivia(GreenTrivia[] trivia) => new(RawKind, Text, [.. LeadingTrivia], trivia, IsMissing && Text.IsEmpty);

    /// <inheritdoc/>
    public override SyntaxNode? CreateRed(SyntaxNode? parent, int position) => null;

    internal void WriteTokenTo(StringBuilder builder)
    {
        foreach (var trivia in LeadingTrivia) builder.Append(trivia.Text.Span);
        builder.Append(Text.Span);
        foreach (var trivia in TrailingTrivia) builder.Append(trivia.Text.Span);
    }

    internal bool IsEquivalentToken(GreenToken other)
    {
        if (!Text.Span.SequenceEqual(other.Text.Span)) return false;
        if (LeadingTrivia.Count != other.LeadingTrivia.Count || TrailingTrivia.Count != other.TrailingTrivia.Count) return false;
        for (int i = 0; i < LeadingTrivia.Count; i++)
            if (!LeadingTrivia[i].IsEquivalentTo(other.LeadingTrivia[i])) return false;
        for (int i = 0; i < TrailingTrivia.Count; i++)
            if (!TrailingTrivia[i].IsEquivalentTo(other.TrailingTrivia[i])) return false;
        return true;
    }

    private static int Sum(IReadOnlyList<GreenTrivia>? trivia)
    {
        if (trivia is null) return 0;
        int sum = 0;
        for (int i = 0; i < trivia.Count; i++) sum += trivia[i].FullWidth;
        return sum;
    }
}
