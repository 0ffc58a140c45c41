using System.CommandLine;
using ParserKit.Cli.Input;
using ParserKit.Frus;
using ParserKit.Frus.Export;

namespace ParserKit.Cli.Commands;

/// <summary><c>parserkit export --format json FILE</c>: the document's structure for other programs.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("file") { Description = "The document to export; - reads standard input." };
        var format = new Option<string>("--format") { Description = "Output format (json).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var command = new Command("export", "Export the document's number, title, footnotes, pages, inserts and diagnostics.") { path, format };
        command.SetAction(result => Run(result.GetValue(path)!, Console.Out));
        return command;
    }

    public static int Run(string path, TextWriter output)
    {
        var file = SourceFile.Read(path);
        var tree = FrusSyntaxTree.ParseText(file.Text, file.Path);
        output.WriteLine(DocumentExport.From(tree).ToJson());
        return ExitCodes.Success;
    }
}
