using ParserKit.Diagnostics;
using static ParserKit.Tests.Rules.RuleTestKit;

namespace ParserKit.Tests.Rules;

public class MalformedBracketRuleTests
{
    private const string Text = "353. Editorial Note\nThis could lead to a real turning [page 759] point, and the end of the cold war.\n";

    [Fact]
    public void Reports_a_lower_case_page_keyword_with_a_fix()
    {
        var diagnostic = Assert.Single(Check(Text, "FRUS0015"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((2, 35), StartOf(diagnostic));
        Assert.Equal("Page marker '[page 759]' is not in the printed form; write '[Page 759]'", diagnostic.GetMessage());
    }

    [Fact]
    public void Applying_the_fix_gives_text_that_round_trips_without_the_diagnostic()
    {
        string fixedText = ApplyFixes(Text, Check(Text, "FRUS0015"));

        Assert.Equal("353. Editorial Note\nThis could lead to a real turning [Page 759] point, and the end of the cold war.\n", fixedText);
        AssertFixedAndRoundTrips(fixedText, "FRUS0015");
    }

    [Fact]
    public void Accepts_well_formed_markers()
    {
        Assert.Empty(Check("353. Editorial Note\nA [Page 759] b [Page VII] c [Page [X]] d [Facsimile Page 1] e [Typeset Page 1609].\n", "FRUS0015"));
    }
}
