namespace ParserKit.Text;

/// <summary>A zero-based line and zero-based UTF-16 character offset within that line.</summary>
/// <param name="Line">Zero-based line number.</param>
/// <param name="Character">Zero-based UTF-16 offset from the start of the line.</param>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    /// <inheritdoc/>
    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    /// <inheritdoc/>
    public override string ToString() => $"{Line},{Character}";
}

/// <summary>A range between two <see cref="LinePosition"/>s.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    /// <inheritdoc/>
    public override string ToString() => $"({Start})-({End})";
}
