using System.Text;
using ParserKit.Cli.Commands;
using ParserKit.Cli.Input;

namespace ParserKit.Tests.Cli;

/// <summary>The exit codes of every command: 0 done and clean, 1 errors found, 2 bad usage or input.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _clean;
    private readonly string _faulty;
    private readonly string _missing;

    public ExitCodeTests()
    {
        _clean = _temp.Copy(Repository.Seed001, "clean.txt");
        _faulty = _temp.Write("faulty.txt", "1. Title\n\nText [unclosed here.\n");
        _missing = Path.Combine(_temp.Path, "missing.txt");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Check() => AssertCodes(["check", _clean], ["check", _faulty], ["check", _missing]);

    [Fact]
    public void Fix() => AssertCodes(["fix", _clean], ["fix", _faulty], ["fix", _missing]);

    [Fact]
    public void Fix_dry_run() => AssertCodes(["fix", "--dry-run", _clean], ["fix", "--dry-run", _faulty], ["fix", "--dry-run", _missing]);

    [Fact]
    public void Tree_and_export_never_return_1_a_faulty_document_still_dumps()
    {
        foreach (string command in new[] { "tree", "export" })
        {
            Assert.Equal(0, CliRunner.Parserkit(command, _clean).ExitCode);
            Assert.Equal(0, CliRunner.Parserkit(command, _faulty).ExitCode);
            var missing = CliRunner.Parserkit(command, _missing);
            Assert.Equal(2, missing.ExitCode);
            Assert.Equal($"parserkit: {_missing}: no such file", missing.Error.TrimEnd());
        }
    }

    [Fact]
    public void Roundtrip()
    {
        Assert.Equal(0, CliRunner.Parserkit("roundtrip", _clean, _faulty).ExitCode);
        Assert.Equal(2, CliRunner.Parserkit("roundtrip", _missing).ExitCode);
        // Parsing is lossless, so a real file never mismatches; the comparison itself is checked on a forged pair.
        Assert.Equal(5, RoundtripCommand.FirstDifference(new SourceFile("x", Encoding.UTF8.GetBytes("1. Tixle\n"), "1. Title\n")));
        Assert.Equal(-1, RoundtripCommand.FirstDifference(new SourceFile("x", Encoding.UTF8.GetBytes("1. Title\n"), "1. Title\n")));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "--format", "xml", "x.txt")]
    [InlineData("fix", "--bogus", "x.txt")]
    [InlineData("tree")]
    [InlineData("nonsense")]
    public void Usage_errors_are_2(params string[] args)
    {
        var result = CliRunner.Parserkit(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("parserkit: ", result.Error);
    }

    private static void AssertCodes(string[] clean, string[] faulty, string[] missing)
    {
        Assert.Equal(0, CliRunner.Parserkit(clean).ExitCode);
        Assert.Equal(1, CliRunner.Parserkit(faulty).ExitCode);
        Assert.Equal(2, CliRunner.Parserkit(missing).ExitCode);
    }
}
