using ParserKit.Text;

namespace ParserKit.Tests.Text;

public class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\nc", new[] { "a", "b", "c" })]
    [InlineData("a\r\nb\rc\n", new[] { "a", "b", "c", "" })]
    [InlineData("", new[] { "" })]
    [InlineData("\n\n", new[] { "", "", "" })]
    public void Lines_split_at_every_kind_of_line_break(string text, string[] expected)
    {
        var source = SourceText.From(text);
        Assert.Equal(expected, source.Lines.Select(l => l.ToString()));
    }

    [Fact]
    public void Line_positions_count_a_crlf_as_one_break()
    {
        var source = SourceText.From("ab\r\ncd\ref");
        Assert.Equal(new LinePosition(0, 1), source.GetLinePosition(1));
        Assert.Equal(new LinePosition(1, 0), source.GetLinePosition(4));
        Assert.Equal(new LinePosition(2, 1), source.GetLinePosition(8));
        Assert.Equal(new TextSpan(4, 2), source.GetLine(1).Span);
        Assert.Equal(new TextSpan(4, 3), source.GetLine(1).SpanIncludingLineBreak);
    }

    [Fact]
    public void Display_columns_count_user_perceived_characters()
    {
        // An emoji is two UTF-16 units, and "é" written as e + combining acute is two code points: one column each.
        var source = SourceText.From("😀 e\u0301x[");
        Assert.Equal(5, source.GetLinePosition(5).Character);
        Assert.Equal(4, source.GetDisplayColumn(5));
    }

    [Fact]
    public void Changes_apply_in_any_order_and_overlaps_are_refused()
    {
        var source = SourceText.From("pages 861-862 and 1961-1963");
        var changed = source.WithChanges([new TextChange(new TextSpan(22, 1), "–"), new TextChange(new TextSpan(9, 1), "–")]);
        Assert.Equal("pages 861–862 and 1961–1963", changed.ToString());
        Assert.Throws<ArgumentException>(() => source.WithChanges([new TextChange(new TextSpan(0, 5), ""), new TextChange(new TextSpan(3, 2), "")]));
    }

    [Fact]
    public void Spans_compare_and_intersect_as_half_open_ranges()
    {
        var span = TextSpan.FromBounds(3, 7);
        Assert.True(span.Contains(3));
        Assert.False(span.Contains(7));
        Assert.True(span.OverlapsWith(new TextSpan(6, 4)));
        Assert.False(span.OverlapsWith(new TextSpan(7, 4)));
        Assert.True(span.IntersectsWith(new TextSpan(7, 0)));
    }
}
