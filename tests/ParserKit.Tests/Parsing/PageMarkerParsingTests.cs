using ParserKit.Frus;
using ParserKit.Frus.Syntax;

namespace ParserKit.Tests.Parsing;

public class PageMarkerParsingTests
{
    [Theory]
    [InlineData("[Page 759]", PageKind.Page, "759", 759)]
    [InlineData("[Facsimile Page 1]", PageKind.Facsimile, "1", 1)]
    [InlineData("[Typeset Page 1609]", PageKind.Typeset, "1609", 1609)]
    [InlineData("[Page VII]", PageKind.Page, "VII", 7)]
    [InlineData("[Page [X]]", PageKind.Page, "[X]", 10)]
    public void Every_kind_of_page_marker(string marker, PageKind kind, string number, int value)
    {
        var page = FrusSyntaxTree.ParseText($"1. Title\n\nA real turning {marker} point.\n").GetRoot().PageMarkers.Single();
        Assert.Equal(kind, page.PageKind);
        Assert.Equal(number, page.Number);
        Assert.Equal(value, page.Value);
        Assert.True(page.IsInline);
        Assert.True(page.IsWellFormed);
        Assert.Equal(marker, page.ToString());
    }

    [Fact]
    public void A_marker_alone_on_its_line_is_a_page_break()
    {
        var document = FrusSyntaxTree.ParseText("1. Title\n\nFirst.\n\n[Page 2]\n\nSecond.\n").GetRoot();
        var pageBreak = document.Blocks.OfType<PageBreakSyntax>().Single();
        Assert.False(pageBreak.PageMarker.IsInline);
        Assert.Equal(2, pageBreak.PageMarker.Value);
    }

    [Fact]
    public void A_marker_inside_a_word_splits_it()
    {
        var paragraph = FrusSyntaxTree.ParseText("1. Title\nAd[Page 12]ministration\n").GetRoot().Blocks.OfType<ParagraphSyntax>().Single();
        Assert.Equal(["Ad", "[Page 12]", "ministration"], paragraph.Inlines.Select(i => i.ToString()));
    }

    [Theory]
    [InlineData("[page 759]", "page", "759")]
    [InlineData("[Page ]", "Page", "")]
    [InlineData("[Page 7a9]", "Page", "7a9")]
    public void Malformed_markers_are_still_page_markers(string marker, string keyword, string number)
    {
        var page = FrusSyntaxTree.ParseText($"1. Title\n\nText {marker} text.\n").GetRoot().PageMarkers.Single();
        Assert.Equal(keyword, page.KeywordToken.Text);
        Assert.Equal(number, page.Number);
        Assert.False(page.IsWellFormed);
    }

    [Fact]
    public void A_marker_that_loses_its_bracket_keeps_its_number_and_the_rest_stays_text()
    {
        var paragraph = FrusSyntaxTree.ParseText("1. Title\nturning [Page 759 point, and the end.\n").GetRoot().Blocks.OfType<ParagraphSyntax>().Single();
        var page = paragraph.DescendantNodes().OfType<PageMarkerSyntax>().Single();
        Assert.True(page.CloseBracketToken.IsMissing);
        Assert.Equal("759", page.Number);
        Assert.Equal("turning [Page 759 point, and the end.", paragraph.Text);
    }

    [Fact]
    public void Brackets_that_say_more_than_a_page_are_an_insert()
    {
        var document = FrusSyntaxTree.ParseText("1. Title\n\nText [Page 2 of the original is missing] text.\n").GetRoot();
        Assert.Empty(document.PageMarkers);
        Assert.Equal("[Page 2 of the original is missing]", document.EditorialInserts.Single().Text);
    }
}
