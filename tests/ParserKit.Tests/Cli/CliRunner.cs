using ParserKit.Cli;
using ParserKit.Cli.Input;

namespace ParserKit.Tests.Cli;

/// <summary>What a run of <c>parserkit</c> printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs <c>parserkit</c> in-process with captured streams, a given standard input and file system.</summary>
internal sealed class CliRunner
{
    public IFileSystem FileSystem { get; init; } = PhysicalFileSystem.Instance;

    public byte[] StandardInput { get; init; } = [];

    public bool OutputIsTerminal { get; init; }

    public CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Out = output,
            Error = error,
            OpenStandardInput = () => new MemoryStream(StandardInput),
            FileSystem = FileSystem,
            OutputIsTerminal = OutputIsTerminal,
        };
        int code = CliApp.Run(args, environment);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static CliResult Parserkit(params string[] args) => new CliRunner().Run(args);
}
