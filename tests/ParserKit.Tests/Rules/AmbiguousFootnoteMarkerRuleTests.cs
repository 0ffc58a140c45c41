using ParserKit.Frus;
using ParserKit.Diagnostics;
using static ParserKit.Tests.Rules.RuleTestKit;

namespace ParserKit.Tests.Rules;

public class AmbiguousFootnoteMarkerRuleTests
{
    [Fact]
    public void Reports_digits_split_off_a_number_that_is_not_a_date()
    {
        // frus1958-60v04 d111.
        const string text = """
            111. Circular Telegram From the Department of State to Certain Diplomatic Missions1
            966. Depcirtel 520.2 Following may be useful under Executive Order 104013 regular reports.

              1. Source: Department of State, Central Files, 411.006/10–2059. Unclassified.
              2. Not printed.
              3. Of November 22, 1952.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0016"));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal((2, 68), StartOf(diagnostic));
        Assert.Equal("104013", SpanText(diagnostic));
        Assert.StartsWith("Read '104013' as '10401' + footnote marker '3'", diagnostic.GetMessage());
    }

    [Fact]
    public void Reports_a_marker_standing_apart_from_the_text()
    {
        // frus1961-63v05 d351: legacy data has a space before the note.
        const string text = """
            351. Memorandum for the Files1
            The President called.2 Ambassador von Lilienfeld 3 for an appointment.

              1. Source: Department of State, Central Files. Secret.
              2. See Document 350.
              3. Georg von Lilienfeld, Minister of the German Embassy.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0016"));

        Assert.Equal((2, 50), StartOf(diagnostic));
        Assert.StartsWith("Read the '3' standing after 'Lilienfeld' as footnote marker 3", diagnostic.GetMessage());
    }

    [Fact]
    public void Reports_a_label_that_two_places_fit_equally_well()
    {
        // Two words each end in a glued '4' and nothing tells which carries the marker.
        const string text = """
            105. Memorandum From the Chairman of the Council on Foreign Economic Policy1
            The talks with Strauss4 and Brentano4 were postponed.

              1. Source: Eisenhower Library, CFEP Records. Confidential.
              4. See footnote 2, Document 104.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0016"));

        Assert.Equal((2, 23), StartOf(diagnostic));
        Assert.Equal("Read the '4' after 'Strauss' as footnote marker 4, but the '4' after 'Brentano' (line 2, column 37) fits as well; check which one the source has", diagnostic.GetMessage());
    }

    [Fact]
    public void A_colon_inside_a_sentence_is_weaker_evidence_than_a_sentence_end()
    {
        // frus1958-60v04 d105: 'Article XXVIII:4 of the GATT' is a section number; the marker is 'quota.4'.
        const string text = """
            105. Memorandum From the Chairman of the Council on Foreign Economic Policy1
            The United States would initiate action under Article XXVIII:4 of the GATT to avoid disruptions from the present tariff quota.4

              1. Source: Eisenhower Library, CFEP Records. Confidential.
              4. See footnote 2, Document 104.
            """;

        Assert.Empty(Check(text, "FRUS0016"));
        var marker = FrusSyntaxTree.ParseText(text).GetRoot().FootnoteReferences.Last();
        Assert.Equal(text.IndexOf("quota.4", StringComparison.Ordinal) + 6, marker.Span.Start);
    }

    [Fact]
    public void Accepts_markers_after_a_date_or_a_year_and_glued_markers()
    {
        const string text = """
            617. Aide-Mémoire from the Soviet Government to the U.S. Government February 181
            The agencies met on September 182 to consider it, as agreed on October 26, 19563 and by Rusk.4

              1. Notification of Soviet withdrawal. No classification marking. 2 pp.
              2. Not printed.
              3. Not printed.
              4. Not printed.
            """;

        Assert.Empty(Check(text, "FRUS0016"));
    }
}
