using System.Globalization;

namespace ParserKit.Text;

/// <summary>
/// An immutable text with a lazily built line map. Line breaks are <c>\r\n</c>, <c>\n</c> and a lone <c>\r</c>,
/// so line numbers agree with what editors show.
/// </summary>
public sealed class SourceText
{
    private readonly string _text;
    private int[]? _lineStarts;

    private SourceText(string text) => _text = text;

    /// <summary>Wraps a string (no copy is made).</summary>
    public static SourceText From(string text) => new(text ?? string.Empty);

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length => _text.Length;

    /// <summary>The character at <paramref name="position"/>.</summary>
    public char this[int position] => _text[position];

    /// <summary>The whole text as a span, with no copy.</summary>
    public ReadOnlySpan<char> AsSpan() => _text.AsSpan();

    /// <summary>The whole text as memory, with no copy.</summary>
    public ReadOnlyMemory<char> AsMemory() => _text.AsMemory();

    /// <summary>The lines of the text. A text always has at least one (possibly empty) line.</summary>
    public IReadOnlyList<TextLine> Lines => new LineList(this);

    /// <summary>The text of <paramref name="span"/>.</summary>
    public string ToString(TextSpan span) => _text.Substring(span.Start, span.Length);

    /// <inheritdoc/>
    public override string ToString() => _text;

    /// <summary>Zero-based number of the line that contains <paramref name="position"/>.</summary>
    public int GetLineNumber(int position)
    {
        var starts = LineStarts;
        int index = Array.BinarySearch(starts, Math.Clamp(position, 0, _text.Length));
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The line and UTF-16 column of <paramref name="position"/>.</summary>
    public LinePosition GetLinePosition(int position)
    {
        int line = GetLineNumber(position);
        return new LinePosition(line, Math.Clamp(position, 0, _text.Length) - LineStarts[line]);
    }

    /// <summary>The line positions of both ends of <paramref name="span"/>.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) => new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>
    /// The 1-based column a person sees for <paramref name="position"/>: user-perceived characters
    /// (text elements) from the start of the line, so an emoji or a letter with a combining accent counts once.
    /// </summary>
    public int GetDisplayColumn(int position)
    {
        var lp = GetLinePosition(position);
        var prefix = _text.AsSpan(LineStarts[lp.Line], lp.Character);
        int count = 0;
        while (!prefix.IsEmpty)
        {
            int n = StringInfo.GetNextTextElementLength(prefix);
            prefix = prefix[Math.Max(n, 1)..];
            count++;
        }
        return count + 1;
    }

    /// <summary>The line with zero-based number <paramref name="lineNumber"/>.</summary>
    public TextLine GetLine(int lineNumber)
    {
        var starts = LineStarts;
        int start = starts[lineNumber];
        int next = lineNumber + 1 < starts.Length ? starts[lineNumber + 1] : _text.Length;
        int end = next;
        if (end > start && _text[end - 1] == '\n') end--;
        if (end > start && _text[end - 1] == '\r') end--;
        return new TextLine(this, lineNumber, start, end, next);
    }

    /// <summary>A new text with <paramref name="changes"/> applied. Changes must not overlap; their order does not matter.</summary>
    public SourceText WithChanges(IEnumerable<TextChange> changes)
    {
        var sorted = changes.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End).ToList();
        if (sorted.Count == 0) return this;
        var builder = new System.Text.StringBuilder(_text.Length);
        int position = 0;
        foreach (var change in sorted)
        {
            if (change.Span.Start < position)
                throw new ArgumentException($"Text changes overlap at {change.Span}.", nameof(changes));
            builder.Append(_text, position, change.Span.Start - position).Append(change.NewText);
            position = change.Span.End;
        }
        builder.Append(_text, position, _text.Length - position);
        return From(builder.ToString());
    }

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(_text);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        var span = text.AsSpan();
        int offset = 0;
        while (true)
        {
            int i = span[offset..].IndexOfAny('\r', '\n');
            if (i < 0) break;
            int at = offset + i;
            offset = at + (span[at] == '\r' && at + 1 < span.Length && span[at + 1] == '\n' ? 2 : 1);
            starts.Add(offset);
        }
        return [.. starts];
    }

    private sealed class LineList(SourceText text) : IReadOnlyList<TextLine>
    {
        public TextLine this[int index] => text.GetLine(index);
        public int Count => text.LineStarts.Length;
        public IEnumerator<TextLine> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
