namespace ParserKit.Cli.Input;

/// <summary>Turns the paths on the command line into document files: files as given, directories searched recursively for <c>*.txt</c>.</summary>
internal static class PathExpander
{
    /// <summary>The files, in a deterministic order (arguments in order, each directory sorted by ordinal path).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (path == "-" || File.Exists(path))
            {
                files.Add(path);
                continue;
            }
            if (!Directory.Exists(path)) throw new InvalidInputException($"{path}: no such file or directory");
            var found = Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            if (found.Count == 0) throw new InvalidInputException($"{path}: directory holds no .txt files");
            files.AddRange(found);
        }
        return files;
    }
}
