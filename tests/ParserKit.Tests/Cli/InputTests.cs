using System.Text;
using ParserKit.Cli.Input;

namespace ParserKit.Tests.Cli;

/// <summary>Many files, globs, standard input, and bad input: one clear line each, the right exit code, no stack trace.</summary>
public sealed class InputTests
{
    private const string PageMarker = "1. Title\n\nText [page 3] here.\n";

    [Fact]
    public void Directories_and_globs_expand_to_sorted_txt_files_each_once()
    {
        using var temp = new TempDirectory();
        string b = temp.Write("docs/b/y.txt", "1. B\n");
        string a = temp.Write("docs/a/x.txt", "1. A\n");
        temp.Write("docs/a/notes.md", "not a document");
        string top = temp.Write("docs/top.txt", "1. Top\n");

        var expanded = PathExpander.Expand([Path.Combine(temp.Path, "docs", "**", "*.txt"), a, Path.Combine(temp.Path, "docs")]);

        Assert.Empty(expanded.Errors);
        Assert.Equal([a, b, top], expanded.Files);
    }

    [Fact]
    public void A_glob_with_a_single_star_stays_in_its_folder()
    {
        using var temp = new TempDirectory();
        string top = temp.Write("docs/top.txt", "1. Top\n");
        temp.Write("docs/a/x.txt", "1. A\n");

        Assert.Equal([top], PathExpander.Expand([Path.Combine(temp.Path, "docs", "*.txt")]).Files);
    }

    [Fact]
    public void Output_keeps_the_input_order_whatever_finishes_first()
    {
        using var temp = new TempDirectory();
        // Big and small documents mixed, so parallel workers finish out of order.
        string big = "1. Big\n\n" + string.Concat(Enumerable.Repeat("A long paragraph of text that goes on. ", 20_000)) + "[page 1]\n";
        var paths = Enumerable.Range(0, 24).Select(i => temp.Write($"d{i:00}.txt", i % 5 == 0 ? big : PageMarker)).ToList();

        var first = CliRunner.Parserkit(["check", temp.Path]);
        var second = CliRunner.Parserkit(["check", .. paths]);

        Assert.Equal(paths, first.OutLines.Select(l => l[..l.IndexOf('(')]));
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public void A_dash_reads_standard_input()
    {
        var result = new CliRunner { StandardInput = Encoding.UTF8.GetBytes(PageMarker) }.Run("check", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("<stdin>(3,6): error FRUS0015:", result.Out);
    }

    [Fact]
    public void A_missing_path_is_one_line_and_exit_2_but_the_other_files_are_still_checked()
    {
        string missing = Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid() + ".txt");

        var result = CliRunner.Parserkit("check", missing, Repository.Seed001);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"parserkit: {missing}: no such file or directory", result.ErrorLines[0]);
        Assert.StartsWith("Checked 1 file", result.ErrorLines[1]);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("d.txt", PageMarker);

        var quiet = new CliRunner { FileSystem = new UnreadableFileSystem() }.Run("check", path);
        var verbose = new CliRunner { FileSystem = new UnreadableFileSystem() }.Run("check", "--verbose", path);

        Assert.Equal($"parserkit: {path}: permission denied", quiet.ErrorLines[0]);
        Assert.DoesNotContain("   at ", quiet.Error);
        Assert.Equal(2, verbose.ExitCode);
        Assert.Contains("System.UnauthorizedAccessException", verbose.Error);
        Assert.Contains("   at ", verbose.Error);
    }

    [Fact]
    public void A_directory_without_txt_files_is_an_input_error()
    {
        using var temp = new TempDirectory();
        temp.Write("notes.md", "no documents here");

        var result = CliRunner.Parserkit("check", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"parserkit: {temp.Path}: directory holds no .txt files", result.ErrorLines[0]);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_an_input_error()
    {
        using var temp = new TempDirectory();
        string glob = Path.Combine(temp.Path, "**", "*.txt");

        var result = CliRunner.Parserkit("check", glob);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"parserkit: {glob}: no files match", result.ErrorLines[0]);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_offset()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("bad.txt", [.. "1. Caf"u8, 0xC3, 0x28, .. "\n"u8]);

        var result = CliRunner.Parserkit("check", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"parserkit: {path}: not valid UTF-8 at byte offset 6", result.ErrorLines[0]);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Invalid_utf8_far_into_a_file_is_found_past_the_first_chunk()
    {
        byte[] bytes = [.. Enumerable.Repeat((byte)'a', 200_000), 0xFF];

        var error = Assert.Throws<InvalidInputException>(() => SourceFile.Decode(bytes, "x.txt"));

        Assert.Equal("x.txt: not valid UTF-8 at byte offset 200000", error.Message);
    }

    [Fact]
    public void A_file_with_nul_bytes_is_still_checked_with_a_warning()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("binary.txt", [.. "1. Title\n\nText [page 3]"u8, 0x00, .. "\n"u8]);

        var result = CliRunner.Parserkit("check", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error FRUS0015", result.Out);
        Assert.Equal($"parserkit: warning: {path}: NUL byte at offset 23 (a binary or UTF-16 file?); checked as UTF-8 text", result.ErrorLines[0]);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("big.txt", "1. Big\n\n" + new string('x', 2 * 1024 * 1024));

        var refused = CliRunner.Parserkit("check", "--max-file-size", "1M", path);
        var piped = new CliRunner { StandardInput = File.ReadAllBytes(path) }.Run("check", "--max-file-size", "1M", "-");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"parserkit: {path}: 2 MiB is over the 1 MiB limit; raise it with --max-file-size", refused.ErrorLines[0]);
        Assert.Empty(refused.Out);
        Assert.Equal(2, piped.ExitCode);
        Assert.StartsWith("parserkit: <stdin>: ", piped.ErrorLines[0]);
        Assert.Equal(2, CliRunner.Parserkit("check", "--max-file-size", "lots", path).ExitCode);
    }

    [Fact]
    public void A_large_file_is_checked_in_one_piece()
    {
        // 16 MB of real text: the code path of a 200 MB file without its minutes (see README: Bad input).
        using var temp = new TempDirectory();
        string body = File.ReadAllText(Repository.Seed001);
        var text = new StringBuilder("1. Large\n\n");
        while (text.Length < 16_000_000) text.Append(body[body.IndexOf("\n\n", StringComparison.Ordinal)..]).Append("\n\n[page 5]\n\n");
        string path = temp.Write("large.txt", text.ToString());

        var check = CliRunner.Parserkit("check", "--format", "json", path);
        var roundtrip = CliRunner.Parserkit("roundtrip", path);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("\"FRUS0015\"", check.Out);
        Assert.Equal(0, roundtrip.ExitCode);
    }

    private sealed class UnreadableFileSystem : IFileSystem
    {
        public Stream OpenRead(string path) => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.");

        public Stream CreateNew(string path) => throw new UnauthorizedAccessException();

        public void Replace(string source, string destination) => throw new UnauthorizedAccessException();

        public void Delete(string path) => throw new UnauthorizedAccessException();

        public UnixFileMode GetUnixFileMode(string path) => throw new UnauthorizedAccessException();

        public void SetUnixFileMode(string path, UnixFileMode mode) => throw new UnauthorizedAccessException();

        public string ResolveLinks(string path) => path;
    }
}
