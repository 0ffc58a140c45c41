using ParserKit.Frus;
using ParserKit.Frus.Syntax;

namespace ParserKit.Tests.Parsing;

public class HeadingParsingTests
{
    [Theory]
    [InlineData("353. Editorial Note\nText.", 353, false, "Editorial Note")]
    [InlineData("[101] The Secretary of State to President Wilson\n", 101, true, "The Secretary of State to President Wilson")]
    [InlineData("Mr. Hay to Mr. Wu.\n", null, false, "Mr. Hay to Mr. Wu.")]
    public void The_three_heading_forms(string text, int? number, bool bracketed, string title)
    {
        var heading = FrusSyntaxTree.ParseText(text).GetRoot().Heading!;
        Assert.Equal(number, heading.Number?.Value);
        Assert.Equal(bracketed, heading.Number?.IsBracketed ?? false);
        Assert.Equal(title, heading.Title);
    }

    [Fact]
    public void A_trailing_date_and_the_glued_source_note_marker_are_separated()
    {
        var document = FrusSyntaxTree.ParseText(
            "617. Aide-Mémoire from the Soviet Government to the U.S. Government February 181\n\nText.\n\n  1. No classification marking.\n").GetRoot();
        var heading = document.Heading!;
        Assert.Equal("Aide-Mémoire from the Soviet Government to the U.S. Government February 18", heading.Title);
        Assert.Equal("1", heading.SourceNoteReference!.Label);
        Assert.Same(document.Footnotes.Single(), heading.SourceNoteReference.Footnote);
        Assert.Equal(2, heading.Date!.Value.Month);
        Assert.Equal(18, heading.Date.Value.Day);
        Assert.Null(heading.Date.Value.Year);
    }

    [Fact]
    public void A_year_ending_the_heading_keeps_its_digits_when_the_marker_is_split_off()
    {
        var heading = FrusSyntaxTree.ParseText(
            "58. Memorandum of a Conversation, Department of State, Washington, October 24, 19571\nText.\n\n  1. Source: Files.\n").GetRoot().Heading!;
        Assert.EndsWith("October 24, 1957", heading.Title, StringComparison.Ordinal);
        Assert.Equal(1957, heading.Date!.Value.Year);
        Assert.Equal("1", heading.SourceNoteReference!.Label);
    }

    [Fact]
    public void Page_markers_may_precede_the_heading()
    {
        var document = FrusSyntaxTree.ParseText("[Page 130]\n36. Memorandum From Kissinger1\nText.\n\n  1. Source: Files.\n").GetRoot();
        Assert.IsType<PageBreakSyntax>(document.Blocks.First());
        Assert.Equal(36, document.Heading!.Number!.Value);
        Assert.False(document.PageMarkers.Single().IsInline);
    }

    [Theory]
    [InlineData("353 Editorial Note\n", "353", false)]
    [InlineData("353.\n", "353", true)]
    [InlineData("[101 The Secretary of State\n", "101", false)]
    public void Malformed_numbers_stay_numbers_with_the_missing_part_marked(string text, string number, bool dotPresent)
    {
        var heading = FrusSyntaxTree.ParseText(text).GetRoot().Heading!;
        Assert.Equal(number, heading.Number!.Text);
        Assert.True(heading.ContainsErrors || heading.Title.Length == 0);
        if (!heading.Number.IsBracketed) Assert.Equal(!dotPresent, heading.Number.DotToken.IsMissing);
        else Assert.True(heading.Number.CloseBracketToken.IsMissing);
    }

    [Fact]
    public void A_document_of_page_markers_and_blank_lines_has_no_heading()
    {
        Assert.Null(FrusSyntaxTree.ParseText("\n\n[Page 1]\n\n").GetRoot().Heading);
        Assert.Null(FrusSyntaxTree.ParseText("").GetRoot().Heading);
    }
}
