namespace ParserKit.Tests.Support;

/// <summary>Where the repository's fixtures are: tests read them from the source tree, never from ../shared.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>A path under the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    /// <summary>The seed documents (the README's main command checks this folder).</summary>
    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    public static string Corpus => Path.Combine(RepositoryRoot, "tests", "ParserKit.Tests", "Fixtures", "corpus");

    public static string Snapshots => Path.Combine(RepositoryRoot, "snapshots");

    public static string Grammar => Path.Combine(RepositoryRoot, "grammar");

    public static IEnumerable<string> SeedFiles => Directory.EnumerateFiles(Samples, "*.txt").Order(StringComparer.Ordinal);

    public static IEnumerable<string> CorpusFiles => Directory.EnumerateFiles(Corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>A corpus document's id as <c>volume/d123</c>.</summary>
    public static string CorpusId(string path) => Path.GetRelativePath(Corpus, path)[..^4].Replace('\\', '/');

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ParserKit.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("ParserKit.sln not found above " + AppContext.BaseDirectory);
    }
}
