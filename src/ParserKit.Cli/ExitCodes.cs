namespace ParserKit.Cli;

/// <summary>The documented exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Done; nothing of error severity found.</summary>
    public const int Success = 0;

    /// <summary>Done; an error-severity diagnostic (check) or a mismatch (roundtrip) was found.</summary>
    public const int Errors = 1;

    /// <summary>Bad usage or unreadable input; one line on stderr.</summary>
    public const int UsageOrInput = 2;
}
