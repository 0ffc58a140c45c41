using System.CommandLine;
using ParserKit.Cli.Input;
using ParserKit.Diagnostics;
using ParserKit.Frus;

namespace ParserKit.Cli.Commands;

/// <summary><c>parserkit check PATH...</c>: diagnostics in compiler format, a summary, exit 1 when any error.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or directories (searched recursively for *.txt); - reads standard input." };
        var command = new Command("check", "Check FRUS documents and print diagnostics as path(line,col): severity ID: message.") { paths };
        command.SetAction(result => Run(result.GetValue(paths)!, Console.Out));
        return command;
    }

    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var files = PathExpander.Expand(arguments);
        var counts = new Dictionary<DiagnosticSeverity, int>();
        foreach (string path in files)
        {
            var file = SourceFile.Read(path);
            var tree = FrusSyntaxTree.ParseText(file.Text, file.Path);
            foreach (var diagnostic in tree.GetDiagnostics())
            {
                output.WriteLine(DiagnosticText.Format(diagnostic, tree));
                counts[diagnostic.Severity] = counts.GetValueOrDefault(diagnostic.Severity) + 1;
            }
        }
        int errors = counts.GetValueOrDefault(DiagnosticSeverity.Error);
        output.WriteLine($"{files.Count} {(files.Count == 1 ? "file" : "files")} checked: {errors} {Plural(errors, "error")}, " +
            $"{counts.GetValueOrDefault(DiagnosticSeverity.Warning)} {Plural(counts.GetValueOrDefault(DiagnosticSeverity.Warning), "warning")}, " +
            $"{counts.GetValueOrDefault(DiagnosticSeverity.Info)} info");
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}

/// <summary>The compiler-style line editors' problem matchers read.</summary>
internal static class DiagnosticText
{
    public static string Format(Diagnostic diagnostic, FrusSyntaxTree tree)
    {
        var text = tree.GetText();
        int start = diagnostic.Location.SourceSpan.Start;
        int line = text.GetLineNumber(start) + 1;
        int column = text.GetDisplayColumn(start);
        return $"{tree.FilePath}({line},{column}): {SeverityName(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.GetMessage()}";
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
