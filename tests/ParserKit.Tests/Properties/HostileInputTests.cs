using ParserKit.Frus;
using ParserKit.Frus.Syntax;
using ParserKit.Tests.Support;
using ParserKit.Text;

namespace ParserKit.Tests.Properties;

/// <summary>Inputs built to break parsers: deep nesting, huge runs, control characters. None may throw or lose text.</summary>
public class HostileInputTests
{
    public static TheoryData<string, string> Inputs => new()
    {
        { "200,000 '[' in a row", new string('[', 200_000) },
        { "200,000 nested brackets", new string('[', 100_000) + new string(']', 100_000) },
        { "100,000 '[Page ' with no ']'", string.Concat(Enumerable.Repeat("[Page ", 100_000)) },
        { "100,000 '“' in a row", new string('“', 100_000) },
        { "lone carriage returns", "353. Title\rText [Page 1]\r\r  1. Note.\r" },
        { "NUL characters", "353. Ti\0tle\0\n\0[Page\0 1]\0" },
        { "byte-order mark", "\uFEFF353. Editorial Note\nText.\n" },
        { "emoji and combining marks", "353. 😀 Title\ne\u0301 [Page 😀] 😀1\n\n  1. 😀\n" },
        { "empty", "" },
        { "only line breaks", "\n\r\n\r\n\n" },
        { "no final newline", "353. Editorial Note\nText [Page 759] more" },
        { "unbalanced brackets", "]]] [[[ ] [ ]] [[Page ]]] [\n]" },
        { "50,000 glued digits", "1. T\n" + string.Concat(Enumerable.Repeat("a1 ", 50_000)) + "\n\n  1. x\n" },
        { "20,000 footnote bodies", "1. T1\n\n" + string.Concat(Enumerable.Range(1, 20_000).Select(i => $"  {i}. n\n")) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Hostile_input_round_trips_without_an_exception(string name, string text)
    {
        var tree = FrusSyntaxTree.ParseText(text, name);
        TreeAssert.IsLossless(text, tree);
        Assert.NotNull(tree.GetDiagnostics());
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_kept_flat_and_reported()
    {
        string text = "1. T\n" + new string('[', 1000) + "x" + new string(']', 1000) + "\n";
        var tree = FrusSyntaxTree.ParseText(text);
        var root = tree.GetRoot();
        int depth = root.DescendantNodes().OfType<EditorialInsertSyntax>().Max(i => i.Ancestors().OfType<EditorialInsertSyntax>().Count() + 1);
        Assert.Equal(ParserKit.Frus.Parsing.FrusLexer.MaxBracketDepth, depth);
        // The brackets beyond the limit form one run on each side, each kept as one skipped token and reported once.
        int tooDeep = 1000 - depth;
        var reported = tree.GetDiagnostics().Where(d => d.Id == "FRUS0017").Select(d => d.Location.SourceSpan).ToList();
        Assert.Equal([new TextSpan(5 + depth, tooDeep), new TextSpan(5 + 1000 + 1, tooDeep)], reported);
        Assert.All(tree.GetDiagnostics().Where(d => d.Id == "FRUS0017"), d => Assert.Contains($"({tooDeep} brackets)", d.GetMessage()));
    }

    [Theory]
    [InlineData("1. a [[[b\n", 5, 3)]
    [InlineData("1. a ]]] b\n", 5, 3)]
    [InlineData("1. a [[[Page 5 b\n", 5, 2)]
    public void A_run_of_unmatched_brackets_is_one_token_reported_once(string text, int start, int length)
    {
        var tree = FrusSyntaxTree.ParseText(text);
        var first = tree.GetDiagnostics().First(d => d.Id is "FRUS0001" or "FRUS0002");
        Assert.Equal(new TextSpan(start, length), first.Location.SourceSpan);
        Assert.Equal(text, tree.GetRoot().ToFullString());
    }

    /// <summary>
    /// Linear work on adversarial input, measured in allocated bytes (deterministic, unlike time): four times
    /// the input may cost up to about four times as much (less where fixed costs dominate), never the sixteen
    /// times a quadratic parser would.
    /// </summary>
    [Theory]
    [InlineData("[")]
    [InlineData("[Page ")]
    [InlineData("“")]
    [InlineData("a1 ")]
    [InlineData("[[x]] ")]
    public void Work_grows_linearly_with_adversarial_input(string unit)
    {
        long Allocated(int repeat)
        {
            string text = "1. T\n" + string.Concat(Enumerable.Repeat(unit, repeat)) + "\n\n  1. x\n";
            long before = GC.GetAllocatedBytesForCurrentThread();
            var tree = FrusSyntaxTree.ParseText(text);
            _ = tree.GetDiagnostics();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Allocated(1_000);
        double ratio = (double)Allocated(80_000) / Allocated(20_000);
        Assert.InRange(ratio, 1.0, 5.5);
    }
}
