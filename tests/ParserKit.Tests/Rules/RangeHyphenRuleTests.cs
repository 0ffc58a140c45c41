using ParserKit.Diagnostics;
using static ParserKit.Tests.Rules.RuleTestKit;

namespace ParserKit.Tests.Rules;

public class RangeHyphenRuleTests
{
    // Sample A as the stored TEI has it (frus1961-63v05 d353): hyphens where the series prints en dashes.
    private const string Citation = "353. Editorial Note\nFor text of the memorandum of conversation, see Foreign Relations, 1961-1963, volume XI, pages 861-862.\n";

    [Fact]
    public void Reports_year_and_page_ranges_written_with_a_hyphen()
    {
        var diagnostics = Check(Citation, "FRUS0010");

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal([(2, 68), (2, 96)], diagnostics.Select(StartOf));
        Assert.Equal(["1961-1963", "861-862"], diagnostics.Select(SpanText));
        Assert.Equal("Hyphen in the range '861-862'; the series writes ranges with an en dash: '861–862'", diagnostics[1].GetMessage());
    }

    [Fact]
    public void Reports_every_range_of_a_list_and_abbreviated_years()
    {
        const string text = "100. Editorial Note\nSee Kissinger, White House Years, pp. 766-767, 835-836, and Documents 31-53 on the 1964-65 plan.\n";

        Assert.Equal(["766-767", "835-836", "31-53", "1964-65"], Check(text, "FRUS0010").Select(SpanText));
    }

    [Fact]
    public void Applying_the_fixes_writes_en_dashes_and_round_trips()
    {
        string fixedText = ApplyFixes(Citation, Check(Citation, "FRUS0010"));

        Assert.Equal("353. Editorial Note\nFor text of the memorandum of conversation, see Foreign Relations, 1961–1963, volume XI, pages 861–862.\n", fixedText);
        AssertFixedAndRoundTrips(fixedText, "FRUS0010");
    }

    [Theory]
    [InlineData("Source: Department of State, Central Files, 611.247/2-961. Secret.")]
    [InlineData("Source: Department of State, Central Files, DEF 18-4, POL US-USSR. Secret.")]
    [InlineData("Source: Central Intelligence Agency, DCI (McCone) Files, Job 80-B01285A.")]
    [InlineData("Source: Washington National Records Center, FRC 84-84-001, Cuba, General, 1/63-3/63.")]
    [InlineData("Folder 9/15/69-10/7/69; see NIE 11-9-63 and the meeting of June 24-26.")]
    [InlineData("See Foreign Relations, 1961–1963, volume XI, pages 861–862.")]
    public void Leaves_archival_numbers_and_en_dashes_alone(string line)
    {
        string text = $"357. Memorandum for the Record1\nText.\n\n  1. {line}\n";

        Assert.Empty(Check(text, "FRUS0010"));
    }
}
