using ParserKit.Tests.Support;
using System.Text.RegularExpressions;
using ParserKit.Diagnostics;
using ParserKit.Frus;

namespace ParserKit.Tests.Rules;

/// <summary>
/// All rules over the 220 real documents in Fixtures/corpus. Errors only where the printed volume really has the
/// fault; every warning and info is listed here with the reason it is right.
/// </summary>
public partial class CorpusPrecisionTests
{
    private static readonly Lazy<List<(string Document, Diagnostic Diagnostic)>> Findings = new(CheckCorpus);

    /// <summary>Errors: the four documents whose footnote labels repeat or skip, as the printed volumes do.</summary>
    private static readonly string[] ExpectedErrors =
    [
        "frus1914-20v01/d105(20,3) FRUS0005", // 5, 5, 6
        "frus1914-20v01/d115(15,3) FRUS0005", // 20, 20, 21, 22, 23
        "frus1914-20v01/d95(17,3) FRUS0005",  // 5, 6, 6, 7
        "frus1930v01/d212(34,3) FRUS0005",    // 11, 12, 11, 14, 15
    ];

    private static readonly string[] ExpectedWarnings =
    [
        "frus1914-20v01/d108(8,7) FRUS0012",   // 'Ibid., p. 647.' is the first citation: it points into the previous document (footnotes numbered through the volume)
        "frus1914-20v01/d157(15,204) FRUS0008", // the quoted Article 3 closes with ” but the TEI never opens it
        "frus1930v01/d163(14,695) FRUS0008",   // 'held “by the Admiralty.' is never closed in the TEI
        "frus1930v01/d212(24,576) FRUS0016",   // 'No. 615' read as No. 6 + marker 15: right, but a guess
        "frus1958-60v04/d102(7,1) FRUS0008",   // the quoted recommendations (“1. … “2. … “3.) are never closed in the TEI
        "frus1958-60v04/d109(26,1) FRUS0008",  // a misoriented ” opens the quoted statement
        "frus1958-60v04/d111(21,26) FRUS0016", // 'Executive Order 104013' read as 10401 + marker 3: right, but a guess
    ];

    private static readonly string[] ExpectedUnknownInserts =
    [
        "frus1914-20v01/d164(9,1) FRUS0013",  // [File copy not signed]: an editors' note of a form the conventions do not list
        "frus1930v01/d181(5,442) FRUS0013",   // 'noon [8 p.m.]': a corrected time; corrections are known only for numbers (76 [73])
        "frus1930v01/d181(5,521) FRUS0013",   // 'noon [5 p.m.]': the same
        "frus1948v01p1/d80(29,1) FRUS0013",   // [Jessup] alone on its line: a signer supplied by the editors, not a listed form
    ];

    [Fact]
    public void Errors_only_where_the_printed_volume_has_the_fault()
        => Assert.Equal(ExpectedErrors, Found(DiagnosticSeverity.Error));

    [Fact]
    public void Every_warning_is_a_listed_real_finding()
        => Assert.Equal(ExpectedWarnings, Found(DiagnosticSeverity.Warning));

    [Fact]
    public void Infos_are_unknown_inserts_and_hyphenated_ranges_of_the_old_conversion()
    {
        var infos = Findings.Value.Where(f => f.Diagnostic.Severity == DiagnosticSeverity.Info).ToList();

        Assert.Equal(ExpectedUnknownInserts, Format(infos.Where(f => f.Diagnostic.Id == "FRUS0013")));
        // frus1961-63v05 is the older conversion with hyphens in ranges ('1961-1963', 'pages 861-862'): the rule's own examples.
        var ranges = infos.Where(f => f.Diagnostic.Id == "FRUS0010").ToList();
        Assert.Equal(25, ranges.Count);
        Assert.All(ranges, f => Assert.StartsWith("frus1961-63v05/", f.Document));
        Assert.All(ranges, f => Assert.Matches(HyphenRange(), RuleTestKit.SpanText(f.Diagnostic)));
        Assert.Equal(infos.Count, ranges.Count + ExpectedUnknownInserts.Length);
    }

    private static string[] Found(DiagnosticSeverity severity) => Format(Findings.Value.Where(f => f.Diagnostic.Severity == severity));

    private static string[] Format(IEnumerable<(string Document, Diagnostic Diagnostic)> findings)
        => [.. findings.Select(f => $"{f.Document}{Position(f.Diagnostic)} {f.Diagnostic.Id}").Order(StringComparer.Ordinal)];

    private static string Position(Diagnostic diagnostic)
    {
        var (line, column) = RuleTestKit.StartOf(diagnostic);
        return $"({line},{column})";
    }

    private static List<(string, Diagnostic)> CheckCorpus()
    {
        string root = TestPaths.PathOf("tests", "ParserKit.Tests", "Fixtures", "corpus");
        var files = Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories);
        Assert.Equal(220, files.Length);
        return [.. files.SelectMany(path =>
        {
            string document = Path.GetRelativePath(root, path).Replace('\\', '/')[..^4];
            return FrusSyntaxTree.ParseText(File.ReadAllText(path), document).GetDiagnostics().Select(d => (document, d));
        })];
    }

    [GeneratedRegex(@"^\d+-\d+$")]
    private static partial Regex HyphenRange();
}
