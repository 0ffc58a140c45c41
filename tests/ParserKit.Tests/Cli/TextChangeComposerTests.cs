using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ParserKit.Text;

namespace ParserKit.Tests.Cli;

/// <summary>Composing two rounds of changes equals applying them one after the other (what fix and its diff rely on).</summary>
public sealed class TextChangeComposerTests
{
    [Property(MaxTest = 500)]
    public Property Composed_changes_equal_applying_both_rounds(NonNull<string> text, int[] firstSeeds, int[] secondSeeds)
    {
        string original = text.Get;
        var first = RandomChanges(original.Length, firstSeeds);
        string middle = SourceText.From(original).WithChanges(first).ToString();
        var second = RandomChanges(middle.Length, secondSeeds);
        string expected = SourceText.From(middle).WithChanges(second).ToString();

        var composed = TextChangeComposer.Compose(original, first, second);

        bool sorted = composed.Zip(composed.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start);
        return (SourceText.From(original).WithChanges(composed).ToString() == expected && sorted).ToProperty();
    }

    [Fact]
    public void A_change_inside_an_earlier_replacement_merges_with_it()
    {
        var first = new List<TextChange> { new(new TextSpan(2, 3), "XYZW") };      // ab[cde]fg -> abXYZWfg
        var second = new List<TextChange> { new(new TextSpan(3, 2), "-") };        // abX[YZ]Wfg -> abX-Wfg

        var composed = TextChangeComposer.Compose("abcdefg", first, second);

        Assert.Equal([new TextChange(new TextSpan(2, 3), "X-W")], composed);
    }

    [Fact]
    public void An_empty_change_beside_a_deletion_at_the_same_point_keeps_its_order()
    {
        // Found by the property above: both first-round changes are placed at 1 in the intermediate text.
        var first = new List<TextChange> { new(new TextSpan(1, 0), ""), new(new TextSpan(1, 2), "") };   // a[]bcd -> a[bc]d -> ad
        var second = new List<TextChange> { new(new TextSpan(0, 0), "AA") };                           // ad -> AAad

        var composed = TextChangeComposer.Compose("abcd", first, second);

        Assert.Equal("AAad", SourceText.From("abcd").WithChanges(composed).ToString());
    }

    /// <summary>Sorted, non-overlapping changes spread over a text of <paramref name="length"/>.</summary>
    private static List<TextChange> RandomChanges(int length, int[] seeds)
    {
        var changes = new List<TextChange>();
        int position = 0;
        foreach (int seed in seeds.Take(6))
        {
            int gap = Math.Abs(seed % 4), width = Math.Abs(seed / 4 % 3);
            if (position + gap + width > length) break;
            changes.Add(new TextChange(new TextSpan(position + gap, width), new string((char)('A' + Math.Abs(seed % 26)), Math.Abs(seed / 12 % 3))));
            position += gap + width;
        }
        return changes;
    }
}
