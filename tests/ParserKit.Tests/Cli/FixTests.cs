using System.Text;
using ParserKit.Cli.Input;
using ParserKit.Frus.Fixes;
using ParserKit.Text;

namespace ParserKit.Tests.Cli;

/// <summary><c>parserkit fix</c>: what it writes, what it refuses to touch, and that a failed write leaves the original.</summary>
public sealed class FixTests
{
    private const string Lowercase = "1. Title\n\nThe talks [page 7] went on.\n\n[page 8]\n\nMore.\n";
    private const string Fixed = "1. Title\n\nThe talks [Page 7] went on.\n\n[Page 8]\n\nMore.\n";

    [Fact]
    public void The_fixer_applies_every_fix_and_reports_the_changes_against_the_original()
    {
        var result = DocumentFixer.FixAll(Lowercase);

        Assert.Equal(Fixed, result.Text);
        Assert.Equal(2, result.AppliedFixes);
        Assert.True(result.Converged);
        Assert.Equal(Fixed, SourceText.From(Lowercase).WithChanges(result.Changes).ToString());
        Assert.Empty(result.Tree.GetDiagnostics());
    }

    [Fact]
    public void Fixing_is_idempotent()
    {
        var once = DocumentFixer.FixAll(Lowercase);
        var twice = DocumentFixer.FixAll(once.Text);

        Assert.Equal(once.Text, twice.Text);
        Assert.False(twice.IsChanged);
        Assert.Empty(twice.Changes);
    }

    [Fact]
    public void Fix_writes_the_file_keeping_the_bom_line_endings_and_mode()
    {
        using var temp = new TempDirectory();
        byte[] original = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Lowercase.Replace("\n", "\r\n"))];
        string path = temp.Write("d1.txt", original);
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, mode);

        var result = CliRunner.Parserkit("fix", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Fixed.Replace("\n", "\r\n"))], File.ReadAllBytes(path));
        if (!OperatingSystem.IsWindows()) Assert.Equal(mode, File.GetUnixFileMode(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
        Assert.StartsWith("Fixed 2 problems in 1 of 1 file", result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Fix_twice_changes_nothing_the_second_time()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("d1.txt", Lowercase);
        CliRunner.Parserkit("fix", path);
        var writtenOnce = File.GetLastWriteTimeUtc(path);
        File.SetLastWriteTimeUtc(path, writtenOnce.AddMinutes(-5));

        var second = CliRunner.Parserkit("fix", path);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(Fixed, File.ReadAllText(path));
        Assert.Equal(writtenOnce.AddMinutes(-5), File.GetLastWriteTimeUtc(path));
        Assert.StartsWith("Fixed 0 problems in 0 of 1 file", second.Error);
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("d1.txt", Lowercase);

        var result = CliRunner.Parserkit("fix", "--dry-run", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Lowercase, File.ReadAllText(path));
        string[] expected =
        [
            $"--- {path}", $"+++ {path}", "@@ -1,7 +1,7 @@",
            " 1. Title", " ", "-The talks [page 7] went on.", "+The talks [Page 7] went on.", " ", "-[page 8]", "+[Page 8]", " ", " More.", "",
        ];
        Assert.Equal(string.Join('\n', expected), result.Out);
        Assert.StartsWith("Would fix 2 problems in 1 of 1 file", result.Error);
    }

    [Fact]
    public void The_diff_applied_to_the_original_gives_the_fixed_text()
    {
        // Far-apart fixes give separate hunks; a last line without a line break is marked.
        string original = "1. Title\n\n" + string.Concat(Enumerable.Range(1, 12).Select(i => $"Line {i}.\n\n")) + "[page 9] end [page 10]";
        var result = DocumentFixer.FixAll(original);
        var diff = new StringWriter();

        ParserKit.Cli.Output.UnifiedDiff.Write(diff, "x.txt", SourceText.From(original), result.Changes);

        Assert.Equal(result.Text, Patch(original, diff.ToString()));
        Assert.Contains("\\ No newline at end of file", diff.ToString());
    }

    [Fact]
    public void Standard_input_is_fixed_to_standard_output()
    {
        var result = new CliRunner { StandardInput = Encoding.UTF8.GetBytes(Lowercase) }.Run("fix", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Fixed, result.Out);
    }

    [Fact]
    public void Fix_exits_1_when_an_error_remains_that_no_fix_repairs()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("d1.txt", "1. Title\n\nText [page 3] and [unclosed.\n");

        var result = CliRunner.Parserkit("fix", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("1. Title\n\nText [Page 3] and [unclosed.\n", File.ReadAllText(path));
        Assert.Contains("remaining: 1 error", result.Error);
    }

    [Theory]
    [InlineData(new byte[] { 0x5B, 0x70, 0x61, 0x67, 0x65, 0x20, 0x31, 0x5D, 0x0A, 0xC3, 0x28 }, "not valid UTF-8 at byte offset 9")]
    [InlineData(new byte[] { 0x5B, 0x70, 0x61, 0x67, 0x65, 0x20, 0x31, 0x5D, 0x00, 0x0A }, "NUL byte at offset 8")]
    public void Fix_never_touches_a_file_it_cannot_read_as_text(byte[] content, string message)
    {
        using var temp = new TempDirectory();
        string path = temp.Write("d1.txt", content);

        var result = CliRunner.Parserkit("fix", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(content, File.ReadAllBytes(path));
        Assert.Contains(message, result.ErrorLines[0]);
    }

    [Theory]
    [InlineData(FailingFileSystem.Step.Write)]
    [InlineData(FailingFileSystem.Step.Replace)]
    public void A_failed_write_leaves_the_original_intact_and_no_temporary_file(FailingFileSystem.Step step)
    {
        using var temp = new TempDirectory();
        string path = temp.Write("d1.txt", Lowercase);
        string other = temp.Write("d2.txt", Lowercase);

        var result = new CliRunner { FileSystem = new FailingFileSystem(step, path) }.Run("fix", path, other);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(Lowercase, File.ReadAllText(path));
        Assert.Equal(Fixed, File.ReadAllText(other));
        Assert.Equal([path, other], Directory.GetFiles(temp.Path).Order());
        Assert.Contains($"{path}: cannot write (", result.ErrorLines[0]);
        Assert.DoesNotContain("   at ", result.Error);
    }

    /// <summary>Applies a unified diff (as written by UnifiedDiff) to a text.</summary>
    private static string Patch(string original, string diff)
    {
        var lines = SplitKeepingBreaks(original);
        var output = new StringBuilder();
        int next = 0;
        string[] diffLines = diff.Split('\n');
        for (int i = 2; i < diffLines.Length; i++)
        {
            string line = diffLines[i];
            if (line.StartsWith("@@", StringComparison.Ordinal))
            {
                int start = int.Parse(line.Split(' ')[1].TrimStart('-').Split(',')[0]) - 1;
                for (; next < start; next++) output.Append(lines[next]);
            }
            else if (line.StartsWith(' ')) output.Append(lines[next++]);
            else if (line.StartsWith('-')) next++;
            else if (line.StartsWith('+')) output.Append(line[1..]).Append(i + 1 < diffLines.Length && diffLines[i + 1].StartsWith('\\') ? "" : "\n");
        }
        for (; next < lines.Count; next++) output.Append(lines[next]);
        return output.ToString();
    }

    private static List<string> SplitKeepingBreaks(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }
}

/// <summary>The real file system, except that writing or renaming onto one file fails the way a full disk does.</summary>
public sealed class FailingFileSystem(FailingFileSystem.Step step, string victim) : IFileSystem
{
    public enum Step
    {
        Write,
        Replace,
    }

    private readonly IFileSystem _real = PhysicalFileSystem.Instance;

    public Stream OpenRead(string path) => _real.OpenRead(path);

    public Stream CreateNew(string path)
    {
        var stream = _real.CreateNew(path);
        return step == Step.Write && Path.GetFileName(path).StartsWith("." + Path.GetFileName(victim), StringComparison.Ordinal) ? new FullDiskStream(stream) : stream;
    }

    public void Replace(string source, string destination)
    {
        if (step == Step.Replace && destination == victim) throw new IOException("rename refused");
        _real.Replace(source, destination);
    }

    public void Delete(string path) => _real.Delete(path);

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public UnixFileMode GetUnixFileMode(string path) => _real.GetUnixFileMode(path);

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void SetUnixFileMode(string path, UnixFileMode mode) => _real.SetUnixFileMode(path, mode);

    public string ResolveLinks(string path) => _real.ResolveLinks(path);

    /// <summary>Takes a few bytes, then fails: a half-written temporary file.</summary>
    private sealed class FullDiskStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, Math.Min(count, 5));
            throw new IOException("No space left on device");
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
