using ParserKit.Frus;
using ParserKit.Frus.Analysis;
using ParserKit.Frus.Syntax;

namespace ParserKit.Tests.Parsing;

public class InlineParsingTests
{
    private static DocumentSyntax Parse(string paragraph) => FrusSyntaxTree.ParseText("1. Title\n" + paragraph + "\n").GetRoot();

    [Theory]
    [InlineData("There were [2 lines not declassified] in the report.", "[2 lines not declassified]", InsertCategory.NotDeclassified)]
    [InlineData("[Omitted here is a table of contents.]", "[Omitted here is a table of contents.]", InsertCategory.Omitted)]
    [InlineData("[Here follow a list of participants.]", "[Here follow a list of participants.]", InsertCategory.HereFollows)]
    [InlineData("[Received October 28—4:30 p.m.]", "[Received October 28—4:30 p.m.]", InsertCategory.Received)]
    [InlineData("[Paraphrase]", "[Paraphrase]", InsertCategory.Label)]
    [InlineData("the 76 [73] Senators", "[73]", InsertCategory.Correction)]
    [InlineData("The President called me [Thompson] to ask", "[Thompson]", InsertCategory.Identification)]
    [InlineData("three and [a] half billions", "[a]", InsertCategory.Addition)]
    [InlineData("With assurances [etc.]", "[etc.]", InsertCategory.Etc)]
    [InlineData("a [protocol?] was signed", "[protocol?]", InsertCategory.Conjecture)]
    [InlineData("[From Miller.]", "[From Miller.]", InsertCategory.Routing)]
    [InlineData("He wrote [sic] that", "[sic]", InsertCategory.Sic)]
    [InlineData("defection of [USSR and] key satellite personnel", "[USSR and]", InsertCategory.Unknown)]
    public void Editorial_inserts_and_their_categories(string paragraph, string insert, InsertCategory category)
    {
        var found = Parse(paragraph).EditorialInserts.Single();
        Assert.Equal(insert, found.Text);
        Assert.Equal(category, found.Category);
    }

    [Fact]
    public void Completions_inside_words()
    {
        var inserts = Parse("H[enry] L. S[timson] wrote.").EditorialInserts.ToList();
        Assert.Equal(["[enry]", "[timson]"], inserts.Select(i => i.Text));
        Assert.All(inserts, i => Assert.Equal(InsertCategory.Completion, i.Category));
    }

    [Fact]
    public void An_insert_text_leaves_footnote_markers_out()
    {
        var document = FrusSyntaxTree.ParseText("1. Title\n[Received 9:20 p.m.68]\n\n  68. Note.\n").GetRoot();
        Assert.Equal("[Received 9:20 p.m.]", document.EditorialInserts.Single().Text);
        Assert.Equal("68", document.FootnoteReferences.Single().Label);
    }

    [Fact]
    public void An_unclosed_bracket_leaves_the_rest_of_the_paragraph_as_text()
    {
        var paragraph = Parse("He said [that the talks would go on.").Blocks.OfType<ParagraphSyntax>().Single();
        var insert = paragraph.DescendantNodes().OfType<EditorialInsertSyntax>().Single();
        Assert.True(insert.IsUnclosed);
        Assert.Equal("[", insert.ToString());
        Assert.Equal("that the talks would go on.", paragraph.Inlines.Last().ToString());
    }

    [Fact]
    public void A_stray_closing_bracket_is_skipped_text()
    {
        var skipped = Parse("He said] it.").DescendantNodes().OfType<SkippedTextSyntax>().Single();
        Assert.Equal("]", skipped.Token.Text);
        Assert.Equal(SkippedTextReason.UnopenedBracket, skipped.Reason);
    }

    [Fact]
    public void Quotations_hold_inline_content_and_may_go_on_in_the_next_paragraph()
    {
        var document = FrusSyntaxTree.ParseText("1. Title\n“The first paragraph [Page 3] goes on.\n“And ends here.”\n").GetRoot();
        var quotations = document.DescendantNodes().OfType<QuotationSyntax>().ToList();
        Assert.Equal(2, quotations.Count);
        Assert.True(quotations[0].ContinuesInNextParagraph);
        Assert.Single(quotations[0].DescendantNodes().OfType<PageMarkerSyntax>());
        Assert.False(quotations[1].ContinuesInNextParagraph);
        Assert.Equal("And ends here.", quotations[1].Text);
    }

    [Fact]
    public void Citations_of_other_volumes_ibid_and_documents()
    {
        var citations = Parse("For text, see Foreign Relations, 1961–1963, volume XI, pages 861–862. See ibid., pages 866–867, and footnote 2, Document 160.")
            .DescendantNodes().OfType<CitationSyntax>().ToList();
        Assert.Equal(3, citations.Count);
        var frus = citations[0].Parts;
        Assert.Equal(CitationKind.ForeignRelations, frus.Kind);
        Assert.Equal("1961–1963", frus.Years);
        Assert.Equal("XI", frus.Volume);
        Assert.Equal(11, frus.VolumeNumber);
        Assert.Equal(("861", "862"), (frus.FirstPage, frus.LastPage));
        Assert.Equal(CitationKind.Ibid, citations[1].CitationKind);
        Assert.Equal(("866", "867"), (citations[1].Parts.FirstPage, citations[1].Parts.LastPage));
        Assert.Equal(("2", "160"), (citations[2].Parts.Footnote, citations[2].Parts.DocumentNumber));
    }

    [Fact]
    public void In_document_headings_and_paragraph_separators()
    {
        var document = FrusSyntaxTree.ParseText("617. Title\n\nAIDE MEMOIRE\n(Informal Translation)\n\nOne paragraph.\nAnother paragraph.\n").GetRoot();
        Assert.Equal(["AIDE MEMOIRE", "(Informal Translation)"], document.Blocks.OfType<InDocumentHeadingSyntax>().Select(h => h.Text));
        Assert.Equal(2, document.Blocks.OfType<ParagraphSyntax>().Count());
    }

    [Fact]
    public void Numbered_paragraphs_and_telegram_numbers_after_the_heading()
    {
        var paragraph = FrusSyntaxTree.ParseText("352. Telegram\n490. Most literally eyes only for the Vice President.\n").GetRoot()
            .Blocks.OfType<NumberedParagraphSyntax>().Single();
        Assert.Equal(490, paragraph.Number);
        Assert.Equal("Most literally eyes only for the Vice President.", paragraph.Text);
    }
}
