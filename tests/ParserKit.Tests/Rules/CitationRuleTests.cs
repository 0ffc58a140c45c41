using ParserKit.Diagnostics;
using static ParserKit.Tests.Rules.RuleTestKit;

namespace ParserKit.Tests.Rules;

public class CitationRuleTests
{
    [Fact]
    public void Reports_ibid_with_no_earlier_citation()
    {
        // frus1914-20v01 d108: the footnote numbering runs through the volume and 'Ibid.' points into the previous document.
        const string text = """
            [108] President Wilson to the Secretary of State
            My Dear Mr. Secretary: I think the enclosed reply11 to the memorandum of the German Government both sound and conclusive.

              11. Ibid., p. 647.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0012"));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal((4, 7), StartOf(diagnostic));
        Assert.Equal("Ibid.", SpanText(diagnostic));
        Assert.StartsWith("'Ibid.' has no earlier citation in this document to refer to; write the citation out", diagnostic.GetMessage());
    }

    [Fact]
    public void Accepts_ibid_after_a_citation_in_the_text_or_an_earlier_footnote()
    {
        const string text = """
            353. Editorial Note
            For text of the memorandum of conversation, see Foreign Relations, 1961–1963, volume XI, pages 861–862. For text, see ibid., pages 866–867.1

              1. Source: Department of State, Central Files, POL US-USSR. Secret.
              2. Ibid., Conference Files: Lot 66 D 110.
            """;

        Assert.Empty(Check(text, "FRUS0012"));
    }

    [Fact]
    public void Reports_a_page_range_that_runs_backwards()
    {
        const string text = "353. Editorial Note\nFor text, see Foreign Relations, 1961–1963, volume XI, pages 866–861.\n";

        var diagnostic = Assert.Single(Check(text, "FRUS0012"));

        Assert.Equal((2, 62), StartOf(diagnostic));
        Assert.Equal("866–861", SpanText(diagnostic));
        Assert.Equal("The page range '866–861' runs backwards; check both page numbers against the source", diagnostic.GetMessage());
    }

    [Fact]
    public void Accepts_abbreviated_and_roman_page_ranges()
    {
        const string text = "190. Editorial Note\nSee Foreign Relations, 1952–1954, vol. VII, Part 2, pp. 1390–94 and pp. xii–xiv; and 611.247/2–961.\n";

        Assert.Empty(Check(text, "FRUS0012"));
    }

    [Theory]
    [InlineData("volume XIIV", "XIIV")]
    [InlineData("vol. IIII", "IIII")]
    [InlineData("vol. iiii", "iiii")]
    public void Reports_a_volume_number_that_is_not_a_roman_numeral(string citation, string number)
    {
        string text = $"353. Editorial Note\nSee Foreign Relations, 1961–1963, {citation}, pages 861–862.\n";

        var diagnostic = Assert.Single(Check(text, "FRUS0012"));

        Assert.Equal(number, SpanText(diagnostic));
        Assert.Equal($"The volume number '{number}' is not a valid Roman numeral; check it against the source", diagnostic.GetMessage());
    }

    [Fact]
    public void Accepts_roman_volume_numbers_and_prose_after_the_word_volume()
    {
        const string text = "353. Editorial Note\nSee Foreign Relations, volume XI; Volume XVIII; vol. i, pp. 50, 55. This volume did not print it.\n";

        Assert.Empty(Check(text, "FRUS0012"));
    }
}
