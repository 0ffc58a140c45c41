using ParserKit.Diagnostics;
using ParserKit.Frus;
using ParserKit.Frus.Export;
using ParserKit.Frus.Syntax;
using ParserKit.Tests.Support;

namespace ParserKit.Tests.Snapshots;

/// <summary>What the two seed documents must yield, stated as values.</summary>
public class SeedAcceptanceTests
{
    private static string Seed(string prefix) => File.ReadAllText(TestPaths.SeedFiles.Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal)));

    [Fact]
    public void Seed_001_exports_number_617_its_source_note_and_three_pages()
    {
        var export = DocumentExport.From(FrusSyntaxTree.ParseText(Seed("001_")));
        Assert.Equal(617, export.Number);
        var footnote = Assert.Single(export.Footnotes);
        Assert.Equal("1", footnote.N);
        Assert.True(footnote.Referenced);
        Assert.Equal(new ReferenceExport(1, 80), Assert.Single(footnote.References));
        Assert.Equal(
            [new PageExport(PageKind.Facsimile, "1", false), new PageExport(PageKind.Typeset, "1609", true), new PageExport(PageKind.Facsimile, "2", false)],
            export.Pages);
        Assert.Empty(export.Diagnostics);
    }

    [Fact]
    public void Seed_000_exports_number_353_no_footnotes_and_page_759_inline()
    {
        var export = DocumentExport.From(FrusSyntaxTree.ParseText(Seed("000_")));
        Assert.Equal(353, export.Number);
        Assert.Equal("Editorial Note", export.Title);
        Assert.Empty(export.Footnotes);
        Assert.Equal([new PageExport(PageKind.Page, "759", true)], export.Pages);
        Assert.Empty(export.Diagnostics);
    }

    [Fact]
    public void Removing_the_bracket_of_page_759_is_FRUS0001_at_the_opening_bracket()
    {
        string text = Seed("000_").Replace("[Page 759]", "[Page 759", StringComparison.Ordinal);
        var tree = FrusSyntaxTree.ParseText(text, "000.txt");
        var diagnostic = Assert.Single(tree.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("FRUS0001", diagnostic.Id);
        var position = tree.GetText().GetLinePosition(diagnostic.Location.SourceSpan.Start);
        int offset = text.IndexOf("[Page 759", StringComparison.Ordinal);
        Assert.Equal((1, offset - text.IndexOf('\n') - 1), (position.Line, position.Character));
        Assert.Contains("[Page 759", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
