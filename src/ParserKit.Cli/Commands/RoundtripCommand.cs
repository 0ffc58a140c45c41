using System.CommandLine;
using ParserKit.Cli.Input;
using ParserKit.Cli.Output;
using ParserKit.Frus;
using ParserKit.Frus.Rules;

namespace ParserKit.Cli.Commands;

/// <summary><c>parserkit roundtrip PATH...</c>: the tree's text must equal the file byte for byte.</summary>
internal static class RoundtripCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var options = new DocumentOptions();
        var command = new Command("roundtrip", "Parse each file and compare the tree's text with the file, byte for byte.");
        command.Arguments.Add(options.Paths);
        command.Options.Add(options.MaxFileSize);
        command.SetAction(result => Run(result.GetValue(options.Paths)!, options.Reader(result, environment), environment));
        return command;
    }

    private static int Run(string[] arguments, DocumentReader reader, CliEnvironment environment)
    {
        var expanded = PathExpander.Expand(arguments);
        int failed = expanded.Errors.Count, mismatches = 0, files = 0;
        foreach (var error in expanded.Errors) environment.ReportError(error);
        ProgressDisplay.Run(environment, expanded.Files, "Round-tripping", (output, done) =>
        {
            foreach (var processed in DocumentBatch.Run(expanded.Files, path => FirstDifference(reader.Read(path)), done))
            {
                if (processed.Error is { } error)
                {
                    failed++;
                    environment.ReportError(error);
                    continue;
                }
                files++;
                if (processed.Value < 0) continue;
                mismatches++;
                output.WriteLine($"{processed.Path}: round trip differs at byte offset {processed.Value}");
            }
        });
        environment.Out.WriteLine($"{files - mismatches} of {CheckSummary.Plural(files, "file")} round-trip byte for byte");
        return failed > 0 ? ExitCodes.UsageOrInput : mismatches > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>The offset of the first byte where the tree's text differs from the file, or -1.</summary>
    internal static long FirstDifference(SourceFile file)
    {
        var tree = FrusSyntaxTree.ParseText(file.Text, file.Path, RuleSet.None);
        byte[] written = SourceFile.Encode(tree.GetRoot().ToFullString());
        int common = file.Bytes.AsSpan().CommonPrefixLength(written);
        return common == file.Bytes.Length && common == written.Length ? -1 : common;
    }
}
