using ParserKit.Frus;
using ParserKit.Frus.Syntax;

namespace ParserKit.Tests.Parsing;

public class FootnoteParsingTests
{
    private static DocumentSyntax Parse(string body, params string[] labels)
        => FrusSyntaxTree.ParseText("1. Title" + "\n" + body + "\n\n" + string.Join("\n", labels.Select(l => $"  {l}. Note {l}."))).GetRoot();

    [Theory]
    [InlineData("Secretary of State Rusk2 said.", "Rusk")]
    [InlineData("earlier today,2 he said.", "today,")]
    [InlineData("the legislation.”2 Although", "legislation.”")]
    [InlineData("NSC 5610;2 and", "5610;")]
    [InlineData("(Embtel 812)2 reported", "(Embtel 812)")]
    [InlineData("on September 182 to consider", "September 18")]
    [InlineData("[Received 9:20 p.m.2]", "p.m.")]
    public void Markers_glued_after_words_punctuation_numbers_and_inside_brackets(string body, string before)
    {
        var document = Parse(body, "2");
        var reference = document.FootnoteReferences.Single();
        Assert.Equal("2", reference.Label);
        Assert.Equal("Note 2.", reference.Footnote!.Text);
        var text = document.SyntaxTree!.GetText().ToString();
        Assert.EndsWith(before, text[..reference.Span.Start], StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_follow_the_bodies_including_volume_wide_numbering_and_letters()
    {
        var document = Parse("First11 second12 third12a fourth13 end.", "11", "12", "12a", "13");
        Assert.Equal(["11", "12", "12a", "13"], document.FootnoteReferences.Select(r => r.Label));
        Assert.All(document.Footnotes, f => Assert.Single(f.References));
    }

    [Fact]
    public void A_source_note_numbered_zero()
    {
        var document = FrusSyntaxTree.ParseText("100. Memorandum of Conversation0\nWashington, June 5, 1959.1\n\n  0. Source: Files.\n  1. Not printed.\n").GetRoot();
        Assert.Equal(["0", "1"], document.FootnoteReferences.Select(r => r.Label));
        Assert.True(document.Footnotes.First().IsSourceNote);
    }

    [Fact]
    public void Digits_that_only_look_like_markers_stay_text()
    {
        var document = Parse("In 1961 the Treaty of 1,000 words and 3.5 percent, pages 861-862, file 611.247/2–961.", "2");
        Assert.Empty(document.FootnoteReferences);
    }

    [Fact]
    public void A_split_from_a_number_is_taken_only_when_nothing_better_is_found()
    {
        var document = Parse("Reports went to Jones1 and Smith2 under Executive Order 104013 regularly.", "1", "2", "3");
        Assert.Equal(["1", "2", "3"], document.FootnoteReferences.Select(r => r.Label));
        Assert.Equal("Order 10401", document.SyntaxTree!.GetText().ToString()[..document.FootnoteReferences.Last().Span.Start][^11..]);
    }

    [Fact]
    public void A_marker_whose_body_is_missing_is_still_found_when_it_continues_the_numbering()
    {
        var document = Parse("First1 second2 third3.", "1", "3");
        Assert.Equal(["1", "2", "3"], document.FootnoteReferences.Select(r => r.Label));
        Assert.Null(document.FootnoteReferences.ElementAt(1).Footnote);
    }

    [Fact]
    public void Numbered_paragraphs_at_the_end_are_not_footnotes()
    {
        var document = FrusSyntaxTree.ParseText("1. Title\n\nIntro.\n\n2. The first point.\n\n3. The second point.\n").GetRoot();
        Assert.Null(document.FootnoteSection);
        Assert.Equal(2, document.Blocks.OfType<NumberedParagraphSyntax>().Count());
    }

    [Fact]
    public void Numbered_paragraphs_just_before_indented_bodies_are_not_footnotes()
    {
        var document = FrusSyntaxTree.ParseText("1. Title1\n\n8. The eighth point.\n\n9. The ninth point.\n\n  1. Source: Files.\n").GetRoot();
        Assert.Equal(["1"], document.Footnotes.Select(f => f.Label));
        Assert.Equal([8, 9], document.Blocks.OfType<NumberedParagraphSyntax>().Select(p => p.Number!.Value));
    }

    [Fact]
    public void Two_adjacent_markers_are_separated_by_a_space()
    {
        var document = Parse("The President agreed.1 2 Then he left.", "1", "2");
        Assert.Equal(["1", "2"], document.FootnoteReferences.Select(r => r.Label));
        Assert.All(document.Footnotes, f => Assert.Single(f.References));
    }

    [Fact]
    public void Twelve_is_one_label_not_two()
    {
        var document = Parse("The President agreed.12 Then he left.", "12");
        Assert.Equal(["12"], document.FootnoteReferences.Select(r => r.Label));
    }
}
