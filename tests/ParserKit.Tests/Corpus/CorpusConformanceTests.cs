using ParserKit.Diagnostics;
using ParserKit.Frus;
using ParserKit.Frus.Export;
using ParserKit.Tests.Support;

namespace ParserKit.Tests.Corpus;

/// <summary>
/// Every corpus document against its ground truth: number, title, footnote labels and texts, every marker at
/// its line and column, page markers, every bracketed span recovered as an insert; and no error-severity
/// diagnostic beyond the recorded true faults.
/// </summary>
public class CorpusConformanceTests
{
    public static TheoryData<string> Documents => [.. TestPaths.CorpusFiles.Select(TestPaths.CorpusId)];

    [Fact]
    public void The_corpus_fixtures_are_all_there()
        => Assert.Equal(220, TestPaths.CorpusFiles.Count());

    [Theory]
    [MemberData(nameof(Documents))]
    public void Export_matches_the_ground_truth(string document)
    {
        string path = Path.Combine(TestPaths.Corpus, document + ".txt");
        string text = File.ReadAllText(path);
        var truth = GroundTruth.Load(path);
        var tree = FrusSyntaxTree.ParseText(text, document);
        var export = DocumentExport.From(tree);

        Assert.Equal(truth.Number is null ? null : int.Parse(truth.Number), export.Number);
        Assert.Equal(truth.Title, export.Title);
        Assert.Equal(truth.Footnotes.Select(f => (f.N, f.Text)), export.Footnotes.Select(f => (f.N, f.Text)));
        Assert.Equal(
            truth.References.Select(r => (r.N, r.Line, r.Column)),
            export.Footnotes.SelectMany(f => f.References.Select(r => (f.N, r.Line, r.Column))).OrderBy(r => r.Line).ThenBy(r => r.Column));
        Assert.Equal(truth.Pages.Select(p => (p.N, p.Inline)), export.Pages.Select(p => (p.N, p.Inline)));
        Assert.Equal(truth.Brackets, export.Inserts.Select(i => i.Text));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_error_beyond_the_recorded_true_faults(string document)
    {
        var tree = FrusSyntaxTree.ParseText(File.ReadAllText(Path.Combine(TestPaths.Corpus, document + ".txt")), document);
        var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var expected = ExpectedDiagnostics.For(document);
        var unexpected = errors.Where(e => !expected.Contains(e.Id)).Select(e => e.ToString()).ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_document_round_trips(string document)
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.Corpus, document + ".txt"));
        TreeAssert.IsLossless(text, FrusSyntaxTree.ParseText(text, document));
    }
}
