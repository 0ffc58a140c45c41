using System.CommandLine;
using System.Diagnostics;
using ParserKit.Cli.Input;
using ParserKit.Cli.Output;
using ParserKit.Frus;

namespace ParserKit.Cli.Commands;

/// <summary><c>parserkit check PATH...</c>: diagnostics in the chosen format, a summary on stderr, exit 1 when any error.</summary>
internal static class CheckCommand
{
    private static readonly Dictionary<string, OutputFormat> Formats = new()
    {
        ["text"] = OutputFormat.Text,
        ["json"] = OutputFormat.Json,
        ["sarif"] = OutputFormat.Sarif,
        ["github"] = OutputFormat.GitHub,
    };

    public static Command Create(CliEnvironment environment)
    {
        var options = new DocumentOptions();
        var format = new Option<string>("--format")
        {
            Description = "text (path(line,col): severity ID: message; the default), json, sarif (SARIF 2.1.0) or github (workflow annotations).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var command = new Command("check", "Check FRUS documents and report diagnostics.") { format };
        options.AddTo(command);
        command.SetAction(result => Run(result.GetValue(options.Paths)!, Formats[result.GetValue(format)!], options, result, environment));
        return command;
    }

    private static int Run(string[] arguments, OutputFormat format, DocumentOptions options, ParseResult result, CliEnvironment environment)
    {
        var stopwatch = Stopwatch.StartNew();
        var expanded = PathExpander.Expand(arguments);
        var reader = options.Reader(result, environment);
        var rules = options.Rules(result, environment);
        var summary = new CheckSummary();
        int failed = expanded.Errors.Count;
        foreach (var error in expanded.Errors) environment.ReportError(error);

        ProgressDisplay.Run(environment, expanded.Files, "Checking", (output, done) =>
        {
            var formatter = DiagnosticFormatter.Create(format, output, showExcerpts: environment.OutputIsTerminal && format == OutputFormat.Text);
            foreach (var error in expanded.Errors) formatter.WriteInputError(error);
            var checkedFiles = DocumentBatch.Run(expanded.Files, path =>
            {
                var file = reader.Read(path);
                return (file.NulByteOffset, Checked: new CheckedFile(file.Path, FrusSyntaxTree.ParseText(file.Text, file.Path, rules.For(path))));
            }, done);
            foreach (var processed in checkedFiles)
            {
                if (processed.Error is { } error)
                {
                    failed++;
                    environment.ReportError(error);
                    formatter.WriteInputError(error);
                    continue;
                }
                var (nul, file) = processed.Value;
                if (nul >= 0) environment.Warn($"{file.Path}: NUL byte at offset {nul} (a binary or UTF-16 file?); checked as UTF-8 text");
                formatter.WriteFile(file);
                summary.Add(file.Diagnostics);
            }
            formatter.Complete(summary);
        });

        summary.WriteTo(environment.Error, "Checked", stopwatch.Elapsed);
        return failed > 0 ? ExitCodes.UsageOrInput : summary.Errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }
}
