using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ParserKit.Cli.Input;

/// <summary>The files named on the command line, and one error for each argument that named none.</summary>
/// <param name="Files">Document paths in a deterministic order, each once; <c>-</c> stands for standard input.</param>
/// <param name="Errors">A missing path, a directory without <c>.txt</c> files, a glob that matches nothing.</param>
internal sealed record ExpandedPaths(IReadOnlyList<string> Files, IReadOnlyList<InvalidInputException> Errors);

/// <summary>
/// Turns the paths on the command line into document files: files as given, directories searched recursively
/// for <c>*.txt</c>, globs (<c>docs/**/*.txt</c>: <c>*</c> within a folder, <c>**</c> across folders) matched.
/// </summary>
internal static class PathExpander
{
    private static readonly EnumerationOptions Recursive = new() { RecurseSubdirectories = true, MatchType = MatchType.Simple };

    /// <summary>The files: arguments in order, the matches of each directory or glob sorted by ordinal path.</summary>
    public static ExpandedPaths Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        var errors = new List<InvalidInputException>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string argument in arguments)
        {
            try
            {
                foreach (string file in ExpandOne(argument))
                    if (seen.Add(file == SourceFile.StandardInput ? file : Path.GetFullPath(file))) files.Add(file);
            }
            catch (InvalidInputException error)
            {
                errors.Add(error);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                errors.Add(new InvalidInputException($"{argument}: cannot list: {exception.Message}", exception));
            }
        }
        return new ExpandedPaths(files, errors);
    }

    private static IEnumerable<string> ExpandOne(string argument)
    {
        if (argument == SourceFile.StandardInput || File.Exists(argument)) return [argument];
        if (Directory.Exists(argument))
        {
            var found = Directory.EnumerateFiles(argument, "*.txt", Recursive).Order(StringComparer.Ordinal).ToList();
            return found.Count > 0 ? found : throw new InvalidInputException($"{argument}: directory holds no .txt files");
        }
        if (argument.Contains('*'))
        {
            var matches = MatchGlob(argument);
            return matches.Count > 0 ? matches : throw new InvalidInputException($"{argument}: no files match");
        }
        throw new InvalidInputException($"{argument}: no such file or directory");
    }

    private static List<string> MatchGlob(string glob)
    {
        // The folders before the first wildcard are where matching starts; the rest is the pattern.
        string[] segments = glob.Replace('\\', '/').Split('/');
        int literal = Array.FindIndex(segments, s => s.Contains('*'));
        string root = string.Join('/', segments[..literal]);
        string pattern = string.Join('/', segments[literal..]);
        bool absolute = glob.StartsWith('/');
        string directory = root.Length > 0 ? root : absolute ? "/" : ".";
        if (!Directory.Exists(directory)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        return [.. matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(directory))).Files
            .Select(match => root.Length == 0 && !absolute ? match.Path : Path.Join(directory, match.Path))
            .Order(StringComparer.Ordinal)];
    }
}
