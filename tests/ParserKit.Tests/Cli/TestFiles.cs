using System.Text;
using Snapshooter;
using Snapshooter.Xunit;

namespace ParserKit.Tests.Cli;

/// <summary>Where the repository, its samples and the CLI snapshots are.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seed001 => Path.Combine(Root, "samples", "001_cfe252ec1893736f.txt");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Cli", name);

    /// <summary>
    /// Matches the standard output of a run against snapshots/cli/__snapshots__/NAME.snap, under a header line with
    /// the command and exit code (an output can be empty), and with the repository's location taken out.
    /// </summary>
    public static void MatchSnapshot(string name, string[] args, CliResult result)
    {
        string snapshot = $"# parserkit {string.Join(' ', args)} (exit {result.ExitCode})\n{result.Out}";
        string portable = snapshot.Replace("file://" + Root + "/", "").Replace(Root + "/", "");
        Snapshot.Match(portable, new SnapshotFullName(name, Path.Combine(Root, "snapshots", "cli")));
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "ParserKit.sln"))) return directory.FullName;
        throw new InvalidOperationException("ParserKit.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder for one test, removed afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "parserkit-tests-" + Guid.NewGuid().ToString("N"));

    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Copy(string source, string relativePath) => Write(relativePath, File.ReadAllBytes(source));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Leftovers in the temp folder are harmless.
        }
    }
}
