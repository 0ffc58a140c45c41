using ParserKit.Diagnostics;
using static ParserKit.Tests.Rules.RuleTestKit;

namespace ParserKit.Tests.Rules;

public class StraightQuoteRuleTests
{
    [Fact]
    public void Reports_a_straight_apostrophe_among_curly_ones_and_offers_the_curly_form()
    {
        const string text = """
            346. Memorandum of Conversation1
            The President’s view was that Khrushchev's comment deserved an answer.

              1. Source: Department of State, Central Files. Secret.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0009"));

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal((2, 41), StartOf(diagnostic));
        Assert.Equal("'", SpanText(diagnostic));
        Assert.Equal("Straight quote or apostrophe ''' in a document that otherwise writes ‘ ’; write '’'", diagnostic.GetMessage());
        Assert.Equal("Write '’'", Assert.Single(diagnostic.Fixes).Title);
    }

    [Fact]
    public void Chooses_opening_or_closing_double_quotes_by_context()
    {
        const string text = "349. Editorial Note\nThompson said \"there's no chance\" and “no more.”\n";

        var diagnostics = Check(text, "FRUS0009");

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal([(2, 15), (2, 33)], diagnostics.Select(StartOf));
        Assert.EndsWith("write '“'", diagnostics[0].GetMessage());
        Assert.EndsWith("write '”'", diagnostics[1].GetMessage());
    }

    [Fact]
    public void Applying_the_fixes_gives_text_that_round_trips_without_the_diagnostic()
    {
        const string text = "349. Editorial Note\nThompson said \"it's 'cold' now\" and “no more,” and ‘the ’70s.’\n";

        string fixedText = ApplyFixes(text, Check(text, "FRUS0009"));

        Assert.Equal("349. Editorial Note\nThompson said “it’s ‘cold’ now” and “no more,” and ‘the ’70s.’\n", fixedText);
        AssertFixedAndRoundTrips(fixedText, "FRUS0009");
    }

    [Fact]
    public void Accepts_a_document_that_uses_straight_quotes_throughout()
    {
        const string text = "349. Editorial Note\nThompson said \"there's no chance\" and Kennedy's aide agreed.\n";

        Assert.Empty(Check(text, "FRUS0009"));
    }

    [Fact]
    public void Compares_each_mark_with_its_own_curly_form_and_leaves_units_alone()
    {
        // Curly double quotes with straight apostrophes is consistent per mark (frus1961-63v05); 5'10" is a height.
        const string text = "349. Editorial Note\nThompson said “there's no chance,” and the man was 5'10\" tall.\n";

        Assert.Empty(Check(text, "FRUS0009"));
    }
}
