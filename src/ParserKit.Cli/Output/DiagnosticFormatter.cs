using ParserKit.Cli.Input;
using ParserKit.Diagnostics;

namespace ParserKit.Cli.Output;

/// <summary>Writes the diagnostics of checked files in one <see cref="OutputFormat"/>; files arrive in input order.</summary>
internal abstract class DiagnosticFormatter
{
    /// <summary>The formatter for <paramref name="format"/>.</summary>
    /// <param name="format">The format.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="showExcerpts">Text only: add the source line and a caret under each diagnostic (for a terminal).</param>
    public static DiagnosticFormatter Create(OutputFormat format, TextWriter output, bool showExcerpts) => format switch
    {
        OutputFormat.Json => new JsonFormatter(output),
        OutputFormat.Sarif => new SarifFormatter(output),
        OutputFormat.GitHub => new GitHubFormatter(output),
        _ => new TextFormatter(output, showExcerpts),
    };

    /// <summary>Writes (or gathers) the diagnostics of one file.</summary>
    public abstract void WriteFile(CheckedFile file);

    /// <summary>Records an input that could not be checked (already reported on stderr).</summary>
    public virtual void WriteInputError(InvalidInputException error)
    {
    }

    /// <summary>Finishes the output once every file is written.</summary>
    public virtual void Complete(CheckSummary summary)
    {
    }

    /// <summary>The lower-case name of a severity as compilers print it.</summary>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
