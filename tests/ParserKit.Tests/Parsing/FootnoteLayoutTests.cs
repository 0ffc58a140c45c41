using ParserKit.Frus;

namespace ParserKit.Tests.Parsing;

/// <summary>Where the footnote bodies start when numbered paragraphs come just before them.</summary>
public class FootnoteLayoutTests
{
    [Fact]
    public void Numbered_paragraphs_before_indented_footnotes_stay_paragraphs()
    {
        const string text = """
            357. Memorandum for Director of Central Intelligence McCone1
            12. We have also taken the position that it is not yet possible to settle the question.2
            13. In our view, if the Soviets are not engaged in an all-out program, we expect them to substitute goals.

              1. Source: Central Intelligence Agency, DCI (McCone) Files. Secret.
              2. “Soviet Space Programs,” December 5, 1962. (Ibid.)
            """;
        var document = FrusSyntaxTree.ParseText(text).GetRoot();

        Assert.Equal(["1", "2"], document.Footnotes.Select(f => f.Label));
        Assert.Equal(["1", "2"], document.FootnoteReferences.Select(r => r.Label));
    }

    [Fact]
    public void A_guessed_marker_does_not_turn_trailing_numbered_paragraphs_into_footnotes()
    {
        const string text = """
            Memorandum by the Department of State
            Term Expires 1952: Lic. Isidro Fabela Alfaro (Mexico)

            2. The United States national group acting in accordance with Article 5 of the Statute.

            3. It will be noted that the present geographic distribution of the Court includes the five major powers.
            """;
        var document = FrusSyntaxTree.ParseText(text).GetRoot();

        Assert.Empty(document.Footnotes);
        Assert.Empty(document.FootnoteReferences);
    }

    [Fact]
    public void Unindented_footnotes_supported_by_a_glued_marker_are_still_footnotes()
    {
        const string text = """
            351. Memorandum for the Files1
            The President called me to ask my view.2

            1. Source: Department of State, Central Files, POL US-USSR. Secret.
            2. See Document 350.
            """;
        var document = FrusSyntaxTree.ParseText(text).GetRoot();

        Assert.Equal(["1", "2"], document.Footnotes.Select(f => f.Label));
    }
}
