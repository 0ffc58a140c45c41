namespace ParserKit.Cli;

/// <summary>The documented exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Done; nothing of error severity found (or left, after <c>fix</c>).</summary>
    public const int Success = 0;

    /// <summary>Done; an error-severity diagnostic (check, fix) or a mismatch (roundtrip) was found.</summary>
    public const int Errors = 1;

    /// <summary>Bad usage, an input that could not be read or written, or an internal error; one line each on stderr.</summary>
    public const int UsageOrInput = 2;
}
