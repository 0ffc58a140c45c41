using ParserKit.Tests.Support;
using ParserKit.Frus;

namespace ParserKit.Tests.Rules;

/// <summary>The two seed documents (samples/) follow the conventions, so no rule fires on them.</summary>
public class SeedDocumentTests
{
    /// <summary>
    /// Findings a seed really deserves, with the reason. None so far: seed 000 writes ranges with en dashes and its
    /// 'Cubaʼs' uses U+02BC (a modifier letter, not a quotation mark); seed 001's 'February 181' is February 18 +
    /// the source-note marker, the normal form after a date.
    /// </summary>
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["000_4fdf7f51bfe9f7e4.txt"] = [],
        ["001_cfe252ec1893736f.txt"] = [],
    };

    [Theory]
    [InlineData("000_4fdf7f51bfe9f7e4.txt")]
    [InlineData("001_cfe252ec1893736f.txt")]
    public void No_rule_fires_except_where_the_seed_breaks_the_convention(string name)
    {
        var tree = FrusSyntaxTree.ParseText(File.ReadAllText(TestPaths.PathOf("samples", name)), name);

        var found = tree.GetDiagnostics().Select(d => $"{d.Id}({d.Location.GetLineSpan().Span.Start.Line + 1})").ToArray();

        Assert.Equal(Expected[name], found);
    }
}
