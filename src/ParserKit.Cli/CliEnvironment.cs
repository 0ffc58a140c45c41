using System.Text;
using ParserKit.Cli.Input;

namespace ParserKit.Cli;

/// <summary>The process's streams, terminals and file system: the real ones, or a test's.</summary>
internal sealed record CliEnvironment
{
    private readonly object _errorLock = new();

    /// <summary>Where results go (diagnostics, diffs, trees).</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Where messages, the summary and the progress bar go.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Opens standard input (<c>-</c>).</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>The file operations.</summary>
    public IFileSystem FileSystem { get; init; } = PhysicalFileSystem.Instance;

    /// <summary>True when <see cref="Out"/> is a terminal a person reads (not a pipe or file).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>True when <see cref="Error"/> is a terminal.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>True with <c>--verbose</c>: errors come with their exception's details.</summary>
    public bool Verbose { get; init; }

    /// <summary>
    /// The console. Standard output is buffered when redirected (fast for large outputs; <see cref="CliApp"/> flushes
    /// it) and flushed line by line on a terminal, so it interleaves with stderr in the order things happened.
    /// </summary>
    public static CliEnvironment FromConsole() => new()
    {
        Out = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = !Console.IsOutputRedirected },
        Error = Console.Error,
        OutputIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };

    /// <summary>One line on stderr for an input problem; the exception's details too with <c>--verbose</c>.</summary>
    public void ReportError(Exception error) => WriteError($"parserkit: {error.Message}", error.InnerException ?? error);

    /// <summary>One warning line on stderr.</summary>
    public void Warn(string message) => WriteError($"parserkit: warning: {message}", null);

    private void WriteError(string line, Exception? details)
    {
        // Messages come from worker threads; keep each whole.
        lock (_errorLock)
        {
            Error.WriteLine(line);
            if (Verbose && details is not null) Error.WriteLine(details);
        }
    }
}
