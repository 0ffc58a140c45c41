using ParserKit.Diagnostics;
using static ParserKit.Tests.Rules.RuleTestKit;

namespace ParserKit.Tests.Rules;

public class UnreferencedFootnoteRuleTests
{
    [Fact]
    public void Reports_a_footnote_no_marker_refers_to()
    {
        const string text = """
            351. Memorandum for the Files1
            Washington, August 26, 1963, 5:20 p.m.
            The President called me [Thompson] to ask my view as to the purpose of the Dobrynin visit.

              1. Source: Department of State, Central Files, POL US-USSR. Secret.
              2. See Document 350.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0004"));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal((6, 3), StartOf(diagnostic));
        Assert.Equal("2", SpanText(diagnostic));
        Assert.Contains("Footnote 2 is never referenced", diagnostic.GetMessage());
        Assert.Contains("glue the marker '2'", diagnostic.GetMessage());
    }

    [Fact]
    public void Reports_a_source_note_whose_marker_is_missing_from_the_heading()
    {
        const string text = """
            351. Memorandum for the Files
            The President called me [Thompson] to ask my view.

              1. Source: Department of State, Central Files, POL US-USSR. Secret.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0004"));

        Assert.Equal((4, 3), StartOf(diagnostic));
        Assert.Contains("The source note 1 is never referenced", diagnostic.GetMessage());
        Assert.Contains("end of the heading line ('Memorandum for the Files1')", diagnostic.GetMessage());
    }

    [Fact]
    public void Accepts_markers_in_the_heading_and_the_text()
    {
        const string text = """
            351. Memorandum for the Files1
            The President called me [Thompson] to ask my view as to the purpose of the Dobrynin visit.2

              1. Source: Department of State, Central Files, POL US-USSR. Secret.
              2. See Document 350.
            """;

        Assert.Empty(Check(text, "FRUS0004"));
    }

    [Fact]
    public void Accepts_a_source_note_numbered_0_and_repeated_labels_with_repeated_markers()
    {
        const string text = """
            136. Memorandum of Conversation0
            The Secretary said he had received the message earlier today,1 and again this evening.1

              0. Source: Department of State, Secretary’s Memoranda of Conversation. Secret.
              1. Not printed.
              1. Not printed.
            """;

        Assert.Empty(Check(text, "FRUS0004"));
    }
}
