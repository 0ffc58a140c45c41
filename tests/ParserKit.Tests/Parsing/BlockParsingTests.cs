using ParserKit.Frus;
using ParserKit.Frus.Syntax;

namespace ParserKit.Tests.Parsing;

public class BlockParsingTests
{
    private static DocumentSyntax Parse(string text) => FrusSyntaxTree.ParseText(text).GetRoot();

    [Theory]
    [InlineData("Washington, February 9, 1961, 7 p.m.", "Washington", 1961, "7 p.m.")]
    [InlineData("New York, September 27, 1969, 1817Z.", "New York", 1969, "1817Z")]
    [InlineData("[place not declassified], January 30, 1954, 0907Z.", "[place not declassified]", 1954, "0907Z")]
    [InlineData("Paris, October 28, 1930—5 p.m.", "Paris", 1930, "5 p.m.")]
    [InlineData("[Washington,] April 11, 1915.", "[Washington,]", 1915, null)]
    [InlineData("February 18", null, null, null)]
    public void Datelines_with_place_date_and_time(string line, string? place, int? year, string? time)
    {
        var dateline = Parse("352. Telegram From the Department of State\n" + line + "\nText of the telegram.\n").Blocks.OfType<DatelineSyntax>().Single();
        Assert.Equal(place, dateline.Place);
        Assert.Equal(year, dateline.Date?.Year);
        Assert.Equal(time, dateline.Time);
    }

    [Fact]
    public void Undated_datelines()
    {
        var dateline = Parse("35. Talking Points\nWashington, undated.\nText.\n").Blocks.OfType<DatelineSyntax>().Single();
        Assert.True(dateline.IsUndated);
        Assert.Null(dateline.Date);
    }

    [Fact]
    public void A_date_in_the_body_is_not_a_dateline()
    {
        var document = Parse("353. Editorial Note\nOn September 13 Thompson met again with Dobrynin.\nSeptember 14, 1963.\n");
        Assert.Empty(document.Blocks.OfType<DatelineSyntax>());
    }

    [Fact]
    public void The_header_zone_of_an_older_telegram()
    {
        var document = Parse(
            "[147] The Ambassador in Italy (Garrett) to the Secretary of State\n500.A15a3/1218: Telegram\n[Paraphrase]\n" +
            "Rome, October 30, 1930—7 p.m.\n[Received 9:20 p.m.]\n101. From Gibson. At half past five this afternoon Garrett took me to call.\nGarrett\n");
        var blocks = document.Blocks.Select(b => b.Kind).ToList();
        Assert.Equal(
            [FrusSyntaxKind.Heading, FrusSyntaxKind.FileNumber, FrusSyntaxKind.EditorialLine, FrusSyntaxKind.Dateline,
             FrusSyntaxKind.EditorialLine, FrusSyntaxKind.NumberedParagraph, FrusSyntaxKind.Signature],
            blocks);
        var file = document.Blocks.OfType<FileNumberSyntax>().Single();
        Assert.Equal(("500.A15a3/1218", "Telegram"), (file.Number, file.Channel));
    }

    [Fact]
    public void A_letter_with_salutation_closer_and_signature()
    {
        var document = Parse(
            "The Secretary of State to President Wilson\n195.2/300a\nWashington , January 22, 1915.\n" +
            "My Dear Mr. President: We have received the note.\nIt was written hurriedly.\nWith assurances [etc.]\nW. J. Bryan\n");
        var first = document.Blocks.OfType<ParagraphSyntax>().First();
        Assert.Equal("My Dear Mr. President:", first.Salutation!.Text);
        Assert.Equal("My Dear Mr. President: We have received the note.", first.Text);
        Assert.Equal("With assurances [etc.]", document.Blocks.OfType<CloserSyntax>().Single().Text);
        Assert.Equal("W. J. Bryan", document.Blocks.OfType<SignatureSyntax>().Single().Text);
    }

    [Fact]
    public void Memo_header_lists()
    {
        var document = Parse(
            "350. Memorandum of Conversation1\nWashington, August 26, 1963, 11 a.m.\nSUBJECT\nPossibility of further agreements\n" +
            "PARTICIPANTS\nAmbassador Anatoliy F. Dobrynin, USSR\nThe President\nThe Soviet Ambassador handed the President a letter from Khrushchev. After reading it, the President said he agreed.\n\n  1. Source: Files.\n");
        var headers = document.Blocks.OfType<MemoHeaderSyntax>().ToList();
        Assert.Equal(["SUBJECT", "PARTICIPANTS"], headers.Select(h => h.Label.Text));
        Assert.Equal(["Possibility of further agreements"], headers[0].Items.Select(i => i.Text));
        Assert.Equal(["Ambassador Anatoliy F. Dobrynin, USSR", "The President"], headers[1].Items.Select(i => i.Text));
        Assert.Single(document.Blocks.OfType<ParagraphSyntax>());
    }

    [Fact]
    public void Classification_lines_in_the_opener()
    {
        var document = Parse("[73] The Secretary of State to the Embassy in Iraq\n501.BB/9–348: Circular telegram\nsecret\nus urgent\nWashington, September 3, 1948—5 p.m.\nText.\n");
        Assert.Equal(["secret", "us urgent"], document.Blocks.OfType<ClassificationSyntax>().Select(c => c.Text));
    }

    [Fact]
    public void Tables_lists_and_attachments()
    {
        var document = Parse(
            "[69] Position Paper\nThe slate is as follows:\nTerm Expires 1955:\tM. Jules Basdevant (France)\n\tSir Arnold McNair (United Kingdom)\n" +
            "(a) In addition to the seven cruisers.\nb. Extension of Public Law 480.\n[Enclosure]\nMemorandum by the Russian Ambassador\nPetrograd, August 3, 1915.\nText of the memorandum.\n");
        var rows = document.Blocks.OfType<TableRowSyntax>().ToList();
        Assert.Equal(["Term Expires 1955:", "M. Jules Basdevant (France)"], rows[0].Cells);
        Assert.Equal(["", "Sir Arnold McNair (United Kingdom)"], rows[1].Cells);
        Assert.Equal(["(a)", "b."], document.Blocks.OfType<ListItemSyntax>().Select(i => i.Label));
        Assert.Equal("[Enclosure]", document.Blocks.OfType<AttachmentLabelSyntax>().Single().Text);
        Assert.Equal("Memorandum by the Russian Ambassador", document.Blocks.OfType<InDocumentHeadingSyntax>().Single().Text);
        Assert.Single(document.Blocks.OfType<DatelineSyntax>());
    }
}
