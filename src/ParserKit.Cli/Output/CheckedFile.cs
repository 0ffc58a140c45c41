using ParserKit.Diagnostics;
using ParserKit.Frus;

namespace ParserKit.Cli.Output;

/// <summary>One checked document: its tree (for positions and excerpts) and the diagnostics to show.</summary>
/// <param name="Path">The path as the user gave it.</param>
/// <param name="Tree">The parsed document.</param>
internal sealed record CheckedFile(string Path, FrusSyntaxTree Tree)
{
    /// <summary>The diagnostics to show: all but the <c>silent</c> (hidden) ones.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = [.. Tree.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden)];
}
