using System.CommandLine;
using ParserKit.Cli;
using ParserKit.Cli.Commands;
using ParserKit.Cli.Input;

var root = new RootCommand("parserkit: check, dump, round-trip and export plain-text FRUS documents.")
{
    CheckCommand.Create(),
    TreeCommand.Create(),
    RoundtripCommand.Create(),
    ExportCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"parserkit: {error.Message}");
    return ExitCodes.UsageOrInput;
}
try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception) when (exception is InvalidInputException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"parserkit: {exception.Message}");
    return ExitCodes.UsageOrInput;
}
