using ParserKit.Cli.Configuration;
using ParserKit.Diagnostics;
using ParserKit.Frus.Rules;

namespace ParserKit.Tests.Cli;

/// <summary>Severities from .editorconfig files and the command line, with Roslyn's precedence.</summary>
public sealed class ConfigurationTests
{
    private const string PageMarker = "1. Title\n\nText [page 3] here.\n";
    private static readonly DiagnosticDescriptor Fifteen = MalformedBracketRule.Rule;

    [Theory]
    [InlineData("*.txt", "a.txt", true)]
    [InlineData("*.txt", "deep/down/a.txt", true)]
    [InlineData("*.txt", "a.md", false)]
    [InlineData("*", "deep/a.md", true)]
    [InlineData("sub/*.txt", "sub/a.txt", true)]
    [InlineData("sub/*.txt", "other/sub/a.txt", false)]
    [InlineData("/sub/*.txt", "sub/a.txt", true)]
    [InlineData("sub/*.txt", "sub/deeper/a.txt", false)]
    [InlineData("sub/**/*.txt", "sub/a.txt", true)]
    [InlineData("sub/**/*.txt", "sub/x/y/a.txt", true)]
    [InlineData("*.{txt,md}", "a.md", true)]
    [InlineData("*.{txt,md}", "a.cs", false)]
    [InlineData("d[0-9].txt", "d7.txt", true)]
    [InlineData("d[!0-9].txt", "d7.txt", false)]
    [InlineData("d?.txt", "d12.txt", false)]
    [InlineData("d{1..20}.txt", "d12.txt", true)]
    [InlineData("d{1..20}.txt", "d21.txt", false)]
    [InlineData("{samples,tests/**/Fixtures,snapshots}/**", "tests/ParserKit.Tests/Fixtures/a.txt", true)]
    [InlineData("{samples,tests/**/Fixtures,snapshots}/**", "src/a.txt", false)]
    [InlineData(@"a\*.txt", "a*.txt", true)]
    [InlineData(@"a\*.txt", "ab.txt", false)]
    public void Section_globs_match_as_in_editorconfig(string section, string path, bool matches)
        => Assert.Equal(matches, EditorConfigGlob.TryCreate(section)!.IsMatch(path));

    [Fact]
    public void An_unclosed_brace_is_not_a_glob()
        => Assert.Null(EditorConfigGlob.TryCreate("*.{txt,md"));

    [Fact]
    public void The_nearer_file_wins_and_root_true_stops_the_walk()
    {
        using var temp = new TempDirectory();
        temp.Write(".editorconfig", "[*]\ndotnet_diagnostic.FRUS0001.severity = none\n");
        temp.Write("project/.editorconfig", "root = true\n\n[*.txt]\ndotnet_diagnostic.FRUS0015.severity = warning\n");
        temp.Write("project/sub/.editorconfig", "[*.txt]\ndotnet_diagnostic.FRUS0015.severity = suggestion\n");
        var configuration = new RuleConfiguration([], warnAsError: false, _ => { });

        var top = configuration.For(Path.Combine(temp.Path, "project", "a.txt"));
        var nested = configuration.For(Path.Combine(temp.Path, "project", "sub", "b.txt"));

        Assert.Equal(DiagnosticSeverity.Warning, top.SeverityOf(Fifteen));
        Assert.Equal(DiagnosticSeverity.Info, nested.SeverityOf(Fifteen));
        // The file above root = true is never read.
        Assert.Equal(DiagnosticSeverity.Error, nested.SeverityOf(UnclosedBracketRule.Rule));
    }

    [Fact]
    public void Sections_must_match_the_file_and_a_later_section_wins()
    {
        using var temp = new TempDirectory();
        temp.Write(".editorconfig", """
            root = true
            [*.txt]
            dotnet_diagnostic.FRUS0015.severity = warning
            [*.md]
            dotnet_diagnostic.FRUS0001.severity = none
            [special.txt]
            dotnet_diagnostic.FRUS0015.severity = none  # comments are dropped
            """);
        var configuration = new RuleConfiguration([], warnAsError: false, _ => { });

        var plain = configuration.For(Path.Combine(temp.Path, "plain.txt"));
        var special = configuration.For(Path.Combine(temp.Path, "special.txt"));

        Assert.Equal(DiagnosticSeverity.Warning, plain.SeverityOf(Fifteen));
        Assert.Equal(DiagnosticSeverity.Error, plain.SeverityOf(UnclosedBracketRule.Rule));
        Assert.Null(special.SeverityOf(Fifteen));
    }

    [Fact]
    public void The_command_line_beats_files_and_warn_as_error_comes_last()
    {
        using var temp = new TempDirectory();
        temp.Write(".editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.FRUS0015.severity = none\ndotnet_diagnostic.FRUS0001.severity = silent\n");
        var commandLine = new[] { RuleConfiguration.ParseCommandLine("FRUS0015=warning", out _)!, RuleConfiguration.ParseCommandLine("frus0001=default", out _)! };

        var rules = new RuleConfiguration(commandLine, warnAsError: true, _ => { }).For(Path.Combine(temp.Path, "a.txt"));

        Assert.Equal(DiagnosticSeverity.Error, rules.SeverityOf(Fifteen));
        Assert.Equal(DiagnosticSeverity.Error, rules.SeverityOf(UnclosedBracketRule.Rule));
        Assert.Equal(DiagnosticSeverity.Warning, new RuleConfiguration(commandLine, false, _ => { }).For(Path.Combine(temp.Path, "a.txt")).SeverityOf(Fifteen));
    }

    [Fact]
    public void A_bad_severity_word_is_reported_once_with_its_line_and_ignored()
    {
        using var temp = new TempDirectory();
        temp.Write(".editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.FRUS0015.severity = sever\ndotnet_diagnostic.CA1000.severity = whatever\n");
        var warnings = new List<string>();
        var configuration = new RuleConfiguration([], warnAsError: false, warnings.Add);

        var rules = configuration.For(Path.Combine(temp.Path, "a.txt"));
        configuration.For(Path.Combine(temp.Path, "b.txt"));

        string warning = Assert.Single(warnings);
        Assert.Contains(".editorconfig(3): 'sever' is not one of none, silent, suggestion, warning, error, default", warning);
        Assert.Equal(DiagnosticSeverity.Error, rules.SeverityOf(Fifteen));
    }

    [Theory]
    [InlineData("FRUS0015", "expected ID=SEVERITY")]
    [InlineData("FRUS9999=none", "unknown rule id 'FRUS9999'")]
    [InlineData("FRUS0015=loud", "'loud' is not one of")]
    public void Bad_severity_options_are_usage_errors(string value, string message)
    {
        var result = CliRunner.Parserkit("check", "--severity", value, Repository.Seed001);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Check_follows_the_editorconfig_beside_the_file()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("docs/a.txt", PageMarker);
        Assert.Equal(1, CliRunner.Parserkit("check", path).ExitCode);

        temp.Write("docs/.editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.FRUS0015.severity = silent\n");
        var silenced = CliRunner.Parserkit("check", path);
        var raised = CliRunner.Parserkit("check", "--severity", "FRUS0015=warning", "--warn-as-error", path);

        Assert.Equal(0, silenced.ExitCode);
        Assert.Empty(silenced.Out);
        Assert.Equal(1, raised.ExitCode);
        Assert.Contains("): error FRUS0015:", raised.Out);
    }
}
