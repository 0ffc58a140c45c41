namespace ParserKit.Text;

/// <summary>An immutable range of UTF-16 code units in a text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from a start and an end offset.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="position"/> lies inside the span (the end is excluded).</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when <paramref name="span"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <summary>True when the spans overlap or touch (an empty span at a boundary intersects).</summary>
    public bool IntersectsWith(TextSpan span) => span.Start <= End && span.End >= Start;

    /// <inheritdoc/>
    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
