using System.Text.Json;
using System.Text.Json.Serialization;
using ParserKit.Diagnostics;
using ParserKit.Frus.Analysis;
using ParserKit.Frus.Syntax;

namespace ParserKit.Frus.Export;

/// <summary>The structure of a document for other programs (<c>parserkit export --format json</c>).</summary>
public sealed record DocumentExport(
    int? Number,
    string Title,
    IReadOnlyList<FootnoteExport> Footnotes,
    IReadOnlyList<PageExport> Pages,
    IReadOnlyList<InsertExport> Inserts,
    IReadOnlyList<DiagnosticExport> Diagnostics)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Reads the structure out of a parsed tree.</summary>
    public static DocumentExport From(FrusSyntaxTree tree)
    {
        var document = tree.GetRoot();
        var text = tree.GetText();
        var heading = document.Heading;
        var footnotes = document.Footnotes.Select(f => new FootnoteExport(
            f.Label,
            f.Text,
            f.References.Count > 0,
            [.. f.References.Select(r => new ReferenceExport(
                text.GetLineNumber(r.MarkerToken.Span.Start) + 1,
                text.GetDisplayColumn(r.MarkerToken.Span.Start)))])).ToList();
        var pages = document.PageMarkers.Select(p => new PageExport(p.PageKind, p.Number, p.IsInline)).ToList();
        var inserts = document.EditorialInserts.Select(i => new InsertExport(i.Text, i.Category)).ToList();
        var diagnostics = tree.GetDiagnostics().Select(d => DiagnosticExport.From(d, tree)).ToList();
        return new DocumentExport(heading?.Number?.Value, heading?.Title ?? string.Empty, footnotes, pages, inserts, diagnostics);
    }

    /// <summary>The export as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);
}

/// <summary>A footnote body and where it is referenced.</summary>
public sealed record FootnoteExport(string N, string Text, bool Referenced, IReadOnlyList<ReferenceExport> References);

/// <summary>Where a footnote marker stands: 1-based line, and 1-based column of its first character.</summary>
public sealed record ReferenceExport(int Line, int Column);

/// <summary>A page marker: its kind, its number as printed, and whether it sits inside a paragraph.</summary>
public sealed record PageExport(PageKind Kind, string N, bool Inline);

/// <summary>A bracketed insert as a reader sees it, and its category.</summary>
public sealed record InsertExport(string Text, InsertCategory Category);

/// <summary>A diagnostic with 1-based line and column.</summary>
public sealed record DiagnosticExport(string Id, DiagnosticSeverity Severity, int Line, int Column, string Message)
{
    /// <summary>Converts a diagnostic of <paramref name="tree"/>.</summary>
    public static DiagnosticExport From(Diagnostic diagnostic, FrusSyntaxTree tree)
    {
        var text = tree.GetText();
        int start = diagnostic.Location.SourceSpan.Start;
        return new DiagnosticExport(diagnostic.Id, diagnostic.Severity, text.GetLineNumber(start) + 1, text.GetDisplayColumn(start), diagnostic.GetMessage());
    }
}
