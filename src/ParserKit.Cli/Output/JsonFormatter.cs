using System.Text.Json;
using System.Text.Json.Serialization;
using ParserKit.Diagnostics;
using ParserKit.Frus.Export;

namespace ParserKit.Cli.Output;

/// <summary>
/// One JSON document: every file with its diagnostics (the same fields as <c>parserkit export</c>), and the counts.
/// </summary>
internal sealed class JsonFormatter(TextWriter output) : DiagnosticFormatter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly List<JsonFile> _files = [];

    public override void WriteFile(CheckedFile file)
        => _files.Add(new JsonFile(file.Path, [.. file.Diagnostics.Select(d => DiagnosticExport.From(d, file.Tree))]));

    public override void Complete(CheckSummary summary)
    {
        var counts = new JsonSummary(summary.Files, summary.Errors, summary.Count(DiagnosticSeverity.Warning), summary.Count(DiagnosticSeverity.Info), summary.ByRule);
        output.WriteLine(JsonSerializer.Serialize(new JsonReport(_files, counts), Options));
    }

    private sealed record JsonReport(IReadOnlyList<JsonFile> Files, JsonSummary Summary);

    private sealed record JsonFile(string Path, IReadOnlyList<DiagnosticExport> Diagnostics);

    private sealed record JsonSummary(int Files, int Errors, int Warnings, int Info, IReadOnlyDictionary<string, int> Rules);
}
