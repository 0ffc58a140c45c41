namespace ParserKit.Tests;

/// <summary>Files of the repository the tests read: samples, docs, fixtures.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds ParserKit.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ParserKit.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("ParserKit.sln not found above " + AppContext.BaseDirectory);
    }
}
