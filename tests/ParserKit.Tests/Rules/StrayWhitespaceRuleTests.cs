using ParserKit.Diagnostics;
using static ParserKit.Tests.Rules.RuleTestKit;

namespace ParserKit.Tests.Rules;

public class StrayWhitespaceRuleTests
{
    private const string Text = "351. Memorandum for the Files1\nThe President called me  to ask my view. \n\n  1. Source: Department of State.\n";

    [Fact]
    public void Reports_doubled_spaces_and_white_space_at_a_line_end()
    {
        var diagnostics = Check(Text, "FRUS0014");

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal([(2, 24), (2, 41)], diagnostics.Select(StartOf));
        Assert.Equal(["  ", " "], diagnostics.Select(SpanText));
        Assert.Equal("2 spaces in a row; write one", diagnostics[0].GetMessage());
        Assert.Equal("White space at the end of the line; remove it", diagnostics[1].GetMessage());
    }

    [Fact]
    public void Applying_the_fixes_gives_text_that_round_trips_without_the_diagnostic()
    {
        string fixedText = ApplyFixes(Text, Check(Text, "FRUS0014"));

        Assert.Equal("351. Memorandum for the Files1\nThe President called me to ask my view.\n\n  1. Source: Department of State.\n", fixedText);
        AssertFixedAndRoundTrips(fixedText, "FRUS0014");
    }

    [Fact]
    public void Reports_a_line_of_spaces_only()
    {
        var diagnostic = Assert.Single(Check("353. Editorial Note\n   \nText.\n", "FRUS0014"));

        Assert.Equal((2, 1), StartOf(diagnostic));
        Assert.Equal("   ", SpanText(diagnostic));
    }

    [Fact]
    public void Accepts_indentation_and_table_tabs()
    {
        // frus1948v01p1 d69: table rows join cells with a tab, and an empty last cell leaves a tab at the end.
        const string text = "69. Memorandum\n\tJohn E. Read (Canada)\tJean Spyropoulos (Greece)\nAbdel Hamid Badawi Pasha (Egypt)\t\n\n  1. Source: IO Files.\n";

        Assert.Empty(Check(text, "FRUS0014"));
    }
}
