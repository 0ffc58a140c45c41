using System.CommandLine;
using ParserKit.Cli.Commands;
using ParserKit.Cli.Input;

namespace ParserKit.Cli;

/// <summary>The <c>parserkit</c> command line: parses the arguments, runs the command, turns failures into exit codes.</summary>
internal static class CliApp
{
    /// <summary>Runs <c>parserkit</c> with <paramref name="args"/> in <paramref name="environment"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliEnvironment environment)
    {
        var verbose = new Option<bool>("--verbose") { Description = "Show the details (stack traces) of errors.", Recursive = true };
        // Read ahead of parsing: the commands are built with the environment, and errors in parsing want it too.
        bool isVerbose = args.Contains("--verbose");
        environment = environment with { Verbose = isVerbose };
        var root = new RootCommand("parserkit: check, fix, dump, round-trip and export plain-text FRUS documents.")
        {
            CheckCommand.Create(environment),
            FixCommand.Create(environment),
            TreeCommand.Create(environment),
            RoundtripCommand.Create(environment),
            ExportCommand.Create(environment),
        };
        root.Options.Add(verbose);
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors) environment.Error.WriteLine($"parserkit: {error.Message}");
                return ExitCodes.UsageOrInput;
            }
            return parsed.Invoke(new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is InvalidInputException or IOException or UnauthorizedAccessException)
        {
            environment.ReportError(exception);
            return ExitCodes.UsageOrInput;
        }
        catch (Exception exception)
        {
            environment.Error.WriteLine($"parserkit: internal error: {exception.Message}{(isVerbose ? "" : " (--verbose shows where)")}");
            if (isVerbose) environment.Error.WriteLine(exception);
            return ExitCodes.UsageOrInput;
        }
        finally
        {
            environment.Out.Flush();
        }
    }
}
