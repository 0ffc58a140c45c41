using ParserKit.Diagnostics;
using static ParserKit.Tests.Rules.RuleTestKit;

namespace ParserKit.Tests.Rules;

public class ImpossibleDateRuleTests
{
    [Fact]
    public void Reports_an_impossible_date_in_the_dateline()
    {
        const string text = """
            356. Memorandum From the Under Secretary of State for Political Affairs (Harriman) to Secretary of State Rusk1
            Washington, February 30, 1963.

              1. Source: Department of State, Central Files. Secret.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0011"));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal((2, 13), StartOf(diagnostic));
        Assert.Equal("February 30, 1963", SpanText(diagnostic));
        Assert.Equal("'February 30, 1963' is not a date: February has 28 days in 1963; check the day against the source", diagnostic.GetMessage());
    }

    [Fact]
    public void Reports_impossible_dates_in_the_heading_text_and_footnotes()
    {
        const string text = """
            27. Memorandum of Discussion at the 301st Meeting of the National Security Council, Washington, February 29, 1962
            The agencies met on September 31 to consider the matter.1

              1. Dated Apr. 31. (Ibid.)
            """;

        var diagnostics = Check(text, "FRUS0011");

        Assert.Equal(["February 29, 1962", "September 31", "Apr. 31"], diagnostics.Select(SpanText));
        Assert.Contains("September has 30 days", diagnostics[1].GetMessage());
    }

    [Fact]
    public void Accepts_possible_dates_and_numbers_after_a_month_word()
    {
        const string text = """
            617. Aide-Mémoire from the Soviet Government to the U.S. Government February 181
            Washington, February 29, 1964. The agencies met on September 30 and again on March 31.
            The troops had to March 40 miles.

              1. Notification of Soviet withdrawal. No classification marking. 2 pp.
            """;

        Assert.Empty(Check(text, "FRUS0011"));
    }
}
