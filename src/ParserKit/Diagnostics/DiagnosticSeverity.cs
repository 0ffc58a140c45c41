namespace ParserKit.Diagnostics;

/// <summary>How serious a diagnostic is. The order matters: a higher value is more serious.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Not shown by default.</summary>
    Hidden = 0,
    /// <summary>Style: worth knowing.</summary>
    Info = 1,
    /// <summary>Probably wrong: needs a human look.</summary>
    Warning = 2,
    /// <summary>Structurally wrong: a reader or converter would get a different document.</summary>
    Error = 3,
}
