using ParserKit.Diagnostics;

namespace ParserKit.Cli.Configuration;

/// <summary>The severity words of <c>.editorconfig</c> and <c>--severity</c>, with Roslyn's meanings.</summary>
internal static class SeverityKeyword
{
    /// <summary>The accepted words, for messages.</summary>
    public const string All = "none, silent, suggestion, warning, error, default";

    /// <summary>
    /// Reads a severity word. <c>none</c> turns the rule off (null); <c>silent</c> runs it without showing its
    /// diagnostics (their fixes still apply); <c>default</c> sets <paramref name="isDefault"/>: back to the rule's own.
    /// </summary>
    public static bool TryParse(string word, out DiagnosticSeverity? severity, out bool isDefault)
    {
        isDefault = false;
        severity = null;
        switch (word.Trim().ToLowerInvariant())
        {
            case "none": return true;
            case "silent": severity = DiagnosticSeverity.Hidden; return true;
            case "suggestion": severity = DiagnosticSeverity.Info; return true;
            case "warning": severity = DiagnosticSeverity.Warning; return true;
            case "error": severity = DiagnosticSeverity.Error; return true;
            case "default": isDefault = true; return true;
            default: return false;
        }
    }
}
