using System.CommandLine;
using ParserKit.Cli.Input;
using ParserKit.Frus;
using ParserKit.Frus.Export;

namespace ParserKit.Cli.Commands;

/// <summary><c>parserkit tree FILE [--format text|json]</c>: the syntax tree, indented or as JSON.</summary>
internal static class TreeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var path = new Argument<string>("file") { Description = "The document to dump; - reads standard input." };
        var format = new Option<string>("--format") { Description = "text (indented, the default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("tree", "Print the syntax tree of a document: kinds, spans, token text and trivia.") { path, format };
        command.SetAction(result => Run(result.GetValue(path)!, result.GetValue(format)!, environment));
        return command;
    }

    private static int Run(string path, string format, CliEnvironment environment)
    {
        var file = new DocumentReader(environment.FileSystem, environment.OpenStandardInput, DocumentReader.DefaultMaxBytes).Read(path);
        var tree = FrusSyntaxTree.ParseText(file.Text, file.Path);
        environment.Out.Write(format == "json" ? JsonTreeWriter.Write(tree.GetRoot()) + Environment.NewLine : SyntaxTreePrinter.Print(tree.GetRoot()));
        return ExitCodes.Success;
    }
}
