namespace ParserKit.Text;

/// <summary>One line of a <see cref="SourceText"/>: its content span and the line break after it.</summary>
public readonly record struct TextLine
{
    internal TextLine(SourceText text, int lineNumber, int start, int end, int endIncludingLineBreak)
    {
        Text = text;
        LineNumber = lineNumber;
        Span = TextSpan.FromBounds(start, end);
        SpanIncludingLineBreak = TextSpan.FromBounds(start, endIncludingLineBreak);
    }

    /// <summary>The text this line belongs to.</summary>
    public SourceText Text { get; }

    /// <summary>Zero-based line number.</summary>
    public int LineNumber { get; }

    /// <summary>The line's characters, without its line break.</summary>
    public TextSpan Span { get; }

    /// <summary>The line's characters and its line break (<c>\n</c>, <c>\r\n</c> or <c>\r</c>), if any.</summary>
    public TextSpan SpanIncludingLineBreak { get; }

    /// <summary>Offset of the line's first character.</summary>
    public int Start => Span.Start;

    /// <summary>Offset just past the line's last character (before the line break).</summary>
    public int End => Span.End;

    /// <inheritdoc/>
    public override string ToString() => Text.ToString(Span);
}
