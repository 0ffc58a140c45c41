using ParserKit.Diagnostics;
using static ParserKit.Tests.Rules.RuleTestKit;

namespace ParserKit.Tests.Rules;

public class FootnoteNumberingRuleTests
{
    [Fact]
    public void Reports_a_label_used_twice()
    {
        // frus1914-20v01 d105 repeats label 5, as the printed volume did.
        const string text = """
            [105] The Secretary of State to President Wilson
            The enclosed letter5 and its memorandum5 were received today.6

              5. Not printed.
              5. Not printed.
              6. Ante, p. 123.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0005"));

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((5, 3), StartOf(diagnostic));
        Assert.Equal("5", SpanText(diagnostic));
        Assert.Contains("Footnote label 5 is used twice (also on line 4)", diagnostic.GetMessage());
    }

    [Fact]
    public void Suggests_the_missing_label_for_a_repeated_one()
    {
        // frus1930v01 d212: 11, 12, 11, 14, 15.
        const string text = """
            [212] The Chairman of the Delegation to the Secretary of State
            Text11 and text12 and text11 and text14 and text.15

              11. One.
              12. Two.
              11. Three.
              14. Four.
              15. Five.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0005"));

        Assert.Equal((6, 3), StartOf(diagnostic));
        Assert.Contains("used twice (also on line 4); after footnote 12 this one is probably 13", diagnostic.GetMessage());
    }

    [Fact]
    public void Reports_a_gap_when_the_document_numbers_its_own_footnotes()
    {
        const string text = """
            352. Telegram From the Department of State to the Embassy in Sweden1
            President and I have discussed possibility quick informal visit.2 Have consulted Thompson.4

              1. Source: Department of State, Rusk Files: Lot 72 D 192. Top Secret.
              2. Documentation on the Vice President’s trip is in the Conference Files.
              4. Not printed.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0005"));

        Assert.Equal((6, 3), StartOf(diagnostic));
        Assert.Contains("Footnote 4 follows footnote 2; footnote 3 is missing", diagnostic.GetMessage());
    }

    [Fact]
    public void Reports_a_footnote_out_of_order_once()
    {
        const string text = """
            352. Telegram From the Department of State to the Embassy in Sweden1
            President and I have discussed possibility quick informal visit.3 Have consulted Thompson.2

              1. Source: Department of State, Rusk Files: Lot 72 D 192. Top Secret.
              3. Not printed.
              2. Not printed.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0005"));

        Assert.Equal((6, 3), StartOf(diagnostic));
        Assert.Contains("Footnote 2 comes after footnote 3", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("11", "12", "12a", "13")] // volume-wide numbering with a letter-suffixed label (frus1914-20v01 d101)
    [InlineData("0", "1", "2", "3")] // source note numbered 0
    [InlineData("1", "2", "3", "4")]
    [InlineData("7", "8", "10", "11")] // volume-wide numbering: the volume itself skipped 9 (frus1914-20v01 d107)
    public void Accepts_sequences_that_follow_the_conventions(string a, string b, string c, string d)
    {
        string text = $"""
            [101] The Secretary of State to President Wilson
            One{a} two{b} three{c} four.{d}

              {a}. Note.
              {b}. Note.
              {c}. Note.
              {d}. Note.
            """;

        Assert.Empty(Check(text, "FRUS0005"));
    }
}
