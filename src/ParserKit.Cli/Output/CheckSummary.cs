using System.Globalization;
using ParserKit.Diagnostics;
using ParserKit.Frus.Rules;

namespace ParserKit.Cli.Output;

/// <summary>Counts of a run: files, diagnostics by severity and by rule.</summary>
internal sealed class CheckSummary
{
    private readonly Dictionary<DiagnosticSeverity, int> _bySeverity = [];

    /// <summary>Files checked.</summary>
    public int Files { get; private set; }

    /// <summary>Diagnostics per rule id, in id order.</summary>
    public SortedDictionary<string, int> ByRule { get; } = new(StringComparer.Ordinal);

    /// <summary>Error-severity diagnostics.</summary>
    public int Errors => Count(DiagnosticSeverity.Error);

    /// <summary>Adds the diagnostics of one file.</summary>
    public void Add(IReadOnlyList<Diagnostic> diagnostics)
    {
        Files++;
        foreach (var diagnostic in diagnostics)
        {
            _bySeverity[diagnostic.Severity] = Count(diagnostic.Severity) + 1;
            ByRule[diagnostic.Id] = ByRule.GetValueOrDefault(diagnostic.Id) + 1;
        }
    }

    /// <summary>Diagnostics of <paramref name="severity"/>.</summary>
    public int Count(DiagnosticSeverity severity) => _bySeverity.GetValueOrDefault(severity);

    /// <summary>The counts as one phrase: <c>1 error, 2 warnings, 0 info</c>.</summary>
    public string Counts() => $"{Plural(Errors, "error")}, {Plural(Count(DiagnosticSeverity.Warning), "warning")}, {Count(DiagnosticSeverity.Info)} info";

    /// <summary>The closing lines of <c>check</c>: totals and elapsed time, then one line per rule that fired.</summary>
    public void WriteTo(TextWriter writer, string verb, TimeSpan elapsed)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verb} {Plural(Files, "file")} in {elapsed.TotalSeconds:0.00} s: {Counts()}"));
        foreach (var (id, count) in ByRule)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id} {count,6}  {RuleCatalog.Find(id)?.Descriptor.Title}"));
    }

    /// <summary><c>1 file</c>, <c>2 files</c>.</summary>
    public static string Plural(int count, string word) => string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? word : word + "s")}");
}
