using System.Text.Json;

namespace ParserKit.Tests.Corpus;

/// <summary>The ground truth of a corpus document (<c>&lt;id&gt;.json</c>, taken from its TEI source).</summary>
internal sealed record GroundTruth(
    string? Number,
    string Title,
    IReadOnlyList<GroundTruth.Footnote> Footnotes,
    IReadOnlyList<GroundTruth.Reference> References,
    IReadOnlyList<GroundTruth.Page> Pages,
    IReadOnlyList<string> Brackets)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static GroundTruth Load(string textPath)
        => JsonSerializer.Deserialize<GroundTruth>(File.ReadAllText(Path.ChangeExtension(textPath, ".json")), Options)!;

    public sealed record Footnote(string N, string Text);

    public sealed record Reference(string N, int Line, int Column);

    public sealed record Page(string N, bool Inline);
}

/// <summary>Error diagnostics the corpus rightly has (true faults of the printed source), with reasons.</summary>
internal static class ExpectedDiagnostics
{
    private sealed record Entry(string Document, string Id, string Reason);

    private sealed record File_(IReadOnlyList<Entry> Documents);

    private static readonly Lazy<ILookup<string, string>> ByDocument = new(() =>
    {
        var path = Path.Combine(Support.TestPaths.Corpus, "expected-diagnostics.json");
        var file = JsonSerializer.Deserialize<File_>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        Assert.All(file.Documents, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Reason)));
        return file.Documents.ToLookup(e => e.Document, e => e.Id);
    });

    public static IReadOnlyList<string> For(string document) => [.. ByDocument.Value[document].Order(StringComparer.Ordinal)];
}
