using System.CommandLine;
using ParserKit.Cli.Configuration;
using ParserKit.Cli.Input;
using ParserKit.Frus;
using ParserKit.Frus.Export;

namespace ParserKit.Cli.Commands;

/// <summary><c>parserkit export --format json FILE</c>: the document's structure for other programs.</summary>
internal static class ExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var path = new Argument<string>("file") { Description = "The document to export; - reads standard input." };
        var format = new Option<string>("--format") { Description = "Output format (json).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var command = new Command("export", "Export the document's number, title, footnotes, pages, inserts and diagnostics.") { path, format };
        command.SetAction(result => Run(result.GetValue(path)!, environment));
        return command;
    }

    private static int Run(string path, CliEnvironment environment)
    {
        var file = new DocumentReader(environment.FileSystem, environment.OpenStandardInput, DocumentReader.DefaultMaxBytes).Read(path);
        // The same severities as check, so the exported diagnostics agree with it.
        var rules = new RuleConfiguration([], warnAsError: false, environment.Warn).For(path);
        var tree = FrusSyntaxTree.ParseText(file.Text, file.Path, rules);
        environment.Out.WriteLine(DocumentExport.From(tree).ToJson());
        return ExitCodes.Success;
    }
}
