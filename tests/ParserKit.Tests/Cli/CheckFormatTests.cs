using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Sarif;
using ParserKit.Cli.Output;

namespace ParserKit.Tests.Cli;

/// <summary>Each format of <c>check --format</c>, parsed back; and a snapshot of each for seed 001 and a fixture with findings.</summary>
public sealed partial class CheckFormatTests
{
    private static readonly string Findings = Repository.Fixture("findings.txt");

    [GeneratedRegex(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<id>FRUS\d{4}): (?<message>.+)$")]
    private static partial Regex CompilerLine();

    [GeneratedRegex(@"^::(?<command>error|warning|notice) file=(?<file>[^,]+),line=(?<line>\d+),col=(?<column>\d+),endLine=(?<endLine>\d+),endColumn=(?<endColumn>\d+),title=(?<title>[^:]+)::(?<message>.+)$")]
    private static partial Regex WorkflowCommand();

    [Fact]
    public void Text_is_one_compiler_style_line_per_diagnostic()
    {
        var result = CliRunner.Parserkit("check", Findings);

        Assert.Equal(1, result.ExitCode);
        var lines = result.OutLines.Select(l => CompilerLine().Match(l)).ToList();
        Assert.All(lines, m => Assert.True(m.Success));
        Assert.Equal(["FRUS0015", "FRUS0001"], lines.Select(m => m.Groups["id"].Value));
        Assert.Equal(Findings, lines[0].Groups["path"].Value);
        Assert.Equal(("5", "21", "error"), (lines[0].Groups["line"].Value, lines[0].Groups["column"].Value, lines[0].Groups["severity"].Value));
        Assert.Equal(("5", "80"), (lines[1].Groups["line"].Value, lines[1].Groups["column"].Value));
    }

    [Fact]
    public void Text_on_a_terminal_adds_the_source_line_and_a_caret_under_the_span()
    {
        var result = new CliRunner { OutputIsTerminal = true }.Run("check", Findings);

        string[] lines = result.Out.Split('\n');
        Assert.Matches(CompilerLine(), lines[0]);
        Assert.StartsWith(" 5 | The talks went well [page 7] and", lines[1]);
        int caret = lines[2].IndexOf('^');
        Assert.Equal(lines[1].IndexOf("[page 7]", StringComparison.Ordinal), caret);
        Assert.Equal("^^^^^^^^", lines[2][caret..].TrimEnd());
    }

    [Fact]
    public void Text_keeps_tabs_in_the_caret_line_so_it_lines_up()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("tabs.txt", "1. Title\n\n\tIndented [page 3] text.\n");

        var result = new CliRunner { OutputIsTerminal = true }.Run("check", path);

        Assert.Contains(" 3 | \tIndented [page 3] text.", result.Out);
        Assert.Contains("   | \t         ^^^^^^^^", result.Out);
    }

    [Fact]
    public void Json_lists_every_file_with_its_diagnostics_and_the_counts()
    {
        var result = CliRunner.Parserkit("check", "--format", "json", Findings, Repository.Seed001);

        using var json = JsonDocument.Parse(result.Out);
        var files = json.RootElement.GetProperty("files");
        Assert.Equal(2, files.GetArrayLength());
        Assert.Equal(Findings, files[0].GetProperty("path").GetString());
        var first = files[0].GetProperty("diagnostics")[0];
        Assert.Equal("FRUS0015", first.GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(5, first.GetProperty("line").GetInt32());
        Assert.Equal(21, first.GetProperty("column").GetInt32());
        Assert.Equal(0, files[1].GetProperty("diagnostics").GetArrayLength());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("files").GetInt32());
        Assert.Equal(2, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("rules").GetProperty("FRUS0001").GetInt32());
    }

    [Fact]
    public void Sarif_reads_back_with_the_sdk_with_rules_regions_and_fixes()
    {
        var result = CliRunner.Parserkit("check", "--format", "sarif", Findings);

        var log = SarifLog.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(result.Out)));
        Assert.Equal(SarifVersion.Current, log.Version);
        Assert.Equal(SarifFormatter.SchemaUri, log.SchemaUri);
        var run = Assert.Single(log.Runs);
        Assert.Equal("parserkit", run.Tool.Driver.Name);

        var rule = Assert.Single(run.Tool.Driver.Rules, r => r.Id == "FRUS0015");
        Assert.Equal("MalformedBracket", rule.Name);
        Assert.Equal("Empty brackets or malformed page marker", rule.ShortDescription.Text);
        Assert.False(string.IsNullOrEmpty(rule.FullDescription.Text));
        Assert.Equal("docs/rules/FRUS0015.md", rule.HelpUri.OriginalString);
        Assert.Equal(FailureLevel.Error, rule.DefaultConfiguration.Level);

        var page = run.Results[0];
        Assert.Equal("FRUS0015", page.RuleId);
        Assert.Equal("FRUS0015", run.Tool.Driver.Rules[page.RuleIndex].Id);
        var region = page.Locations[0].PhysicalLocation.Region;
        Assert.Equal((5, 21, 5, 29), (region.StartLine, region.StartColumn, region.EndLine, region.EndColumn));
        var replacement = Assert.Single(Assert.Single(Assert.Single(page.Fixes).ArtifactChanges).Replacements);
        Assert.Equal("[Page 7]", replacement.InsertedContent.Text);
        Assert.Equal((5, 21, 5, 29), (replacement.DeletedRegion.StartLine, replacement.DeletedRegion.StartColumn, replacement.DeletedRegion.EndLine, replacement.DeletedRegion.EndColumn));
        Assert.Null(run.Results[1].Fixes);
        Assert.True(run.Invocations[0].ExecutionSuccessful);
    }

    [Fact]
    public void Sarif_has_the_properties_the_2_1_0_schema_requires()
    {
        var result = CliRunner.Parserkit("check", "--format", "sarif", Findings, Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid() + ".txt"));

        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        Assert.False(string.IsNullOrEmpty(run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString()));
        foreach (var rule in run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
            Assert.Matches(@"^FRUS\d{4}$", rule.GetProperty("id").GetString());
        foreach (var sarifResult in run.GetProperty("results").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(sarifResult.GetProperty("message").GetProperty("text").GetString()));
            var location = sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.True(location.GetProperty("artifactLocation").TryGetProperty("uri", out _));
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            foreach (var fix in sarifResult.TryGetProperty("fixes", out var fixes) ? fixes.EnumerateArray() : default)
                Assert.True(fix.GetProperty("artifactChanges")[0].GetProperty("replacements")[0].TryGetProperty("deletedRegion", out _));
        }
        // The unreadable input is a notification, and the run says it did not fully succeed.
        var invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Contains("no such file", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void GitHub_writes_workflow_commands_with_the_level_of_each_severity()
    {
        var errors = CliRunner.Parserkit("check", "--format", "github", Findings);
        var lowered = CliRunner.Parserkit("check", "--format", "github", "--severity", "FRUS0015=suggestion", "--severity", "FRUS0001=warning", Findings);

        var first = WorkflowCommand().Match(errors.OutLines[0]);
        Assert.True(first.Success, errors.OutLines[0]);
        Assert.Equal(("error", "5", "21", "5", "29", "FRUS0015"), (first.Groups["command"].Value, first.Groups["line"].Value, first.Groups["column"].Value,
            first.Groups["endLine"].Value, first.Groups["endColumn"].Value, first.Groups["title"].Value));
        Assert.Equal(["notice", "warning"], lowered.OutLines.Select(l => WorkflowCommand().Match(l).Groups["command"].Value));
        Assert.Equal(0, lowered.ExitCode);
    }

    [Fact]
    public void GitHub_escapes_commas_and_colons_in_the_file_property()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("a,b:c.txt", "1. Title\n\nText [page 3] here.\n");

        var result = CliRunner.Parserkit("check", "--format", "github", path);

        string file = WorkflowCommand().Match(result.OutLines[0]).Groups["file"].Value;
        Assert.EndsWith("/a%2Cb%3Ac.txt", file);
    }

    [Fact]
    public void The_summary_goes_to_stderr_with_counts_by_severity_and_rule()
    {
        var result = CliRunner.Parserkit("check", Findings, Repository.Seed001);

        Assert.Matches(@"^Checked 2 files in \d+\.\d\d s: 2 errors, 0 warnings, 0 info$", result.ErrorLines[0]);
        Assert.Matches(@"^  FRUS0001 +1  Unclosed bracket$", result.ErrorLines[1]);
        Assert.Matches(@"^  FRUS0015 +1  Empty brackets or malformed page marker$", result.ErrorLines[2]);
        Assert.DoesNotContain("Checked", result.Out);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Seed_001_snapshot(string format)
    {
        string[] args = ["check", "--format", format, Repository.Seed001];
        var result = CliRunner.Parserkit(args);

        Assert.Equal(0, result.ExitCode);
        Repository.MatchSnapshot($"check-seed001.{format}.snap", args, result);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Findings_snapshot(string format)
    {
        string path = Path.Combine(Repository.Root, "tests", "ParserKit.Tests", "Fixtures", "Cli", "findings.txt");

        string[] args = ["check", "--format", format, path];
        var result = CliRunner.Parserkit(args);

        Assert.Equal(1, result.ExitCode);
        Repository.MatchSnapshot($"check-findings.{format}.snap", args, result);
    }
}
