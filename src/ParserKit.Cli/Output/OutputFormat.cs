namespace ParserKit.Cli.Output;

/// <summary>The formats of <c>parserkit check --format</c>.</summary>
internal enum OutputFormat
{
    /// <summary><c>path(line,col): severity ID: message</c>, as MSBuild and editors' problem matchers read.</summary>
    Text,

    /// <summary>One JSON document: files, their diagnostics, and counts.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code-scanning services.</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands, which become annotations on the pull request.</summary>
    GitHub,
}
