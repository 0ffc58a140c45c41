using ParserKit.Diagnostics;
using static ParserKit.Tests.Rules.RuleTestKit;

namespace ParserKit.Tests.Rules;

public class PageSequenceRuleTests
{
    [Fact]
    public void Reports_a_skipped_page()
    {
        const string text = """
            353. Editorial Note
            This could lead to a real turning [Page 759] point, and the end of the cold war.

            [Page 761]

            On September 13 Thompson met again with Dobrynin.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0006"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((4, 1), StartOf(diagnostic));
        Assert.Equal("[Page 761]", SpanText(diagnostic));
        Assert.Equal("Page marker '[Page 761]' follows '[Page 759]'; expected page 760: a marker is missing, repeated or mistyped", diagnostic.GetMessage());
    }

    [Fact]
    public void Reports_a_mistyped_page_once()
    {
        const string text = """
            353. Editorial Note
            One [Page 759] two [Page 7600] three [Page 761] four.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0006"));

        Assert.Equal((2, 20), StartOf(diagnostic));
        Assert.Contains("'[Page 7600]' follows '[Page 759]'; expected page 760", diagnostic.GetMessage());
    }

    [Fact]
    public void Reports_a_repeated_roman_page_with_a_roman_expectation()
    {
        const string text = """
            Preface
            [Page IX]
            The volume is part of a subseries.
            [Page IX]
            The editors thank the staff.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0006"));

        Assert.Equal((4, 1), StartOf(diagnostic));
        Assert.Contains("expected page X", diagnostic.GetMessage());
    }

    [Fact]
    public void Keeps_each_kind_and_roman_front_matter_in_its_own_sequence()
    {
        const string text = """
            [Page 1609]
            617. Aide-Mémoire from the Soviet Government to the U.S. Government February 181

            [Facsimile Page 1]

            In the course of the exchange of messages the parties reached agreement.

            [Typeset Page 1610]

            [Facsimile Page 2]

            As is known the Soviet military personnel left Cuba.

            [Page IX]

            [Page [X]]

            [Page XI]

            [Page 1610]

              1. Notification of Soviet withdrawal from Cuba. No classification marking. 2 pp. [Page 3]
            """;

        Assert.Empty(Check(text, "FRUS0006"));
    }
}
