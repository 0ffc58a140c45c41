using System.CommandLine;
using System.Diagnostics;
using ParserKit.Cli.Input;
using ParserKit.Cli.Output;
using ParserKit.Frus.Fixes;
using ParserKit.Text;

namespace ParserKit.Cli.Commands;

/// <summary>
/// <c>parserkit fix PATH...</c>: applies the code fixes the diagnostics offer and writes each changed file
/// atomically; <c>--dry-run</c> prints a unified diff instead. Standard input is fixed to standard output.
/// Exit 1 when error-severity diagnostics remain after fixing.
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var options = new DocumentOptions();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes as a unified diff; write nothing." };
        var command = new Command("fix", "Apply the code fixes of the diagnostics (e.g. [page 759] -> [Page 759]).") { dryRun };
        options.AddTo(command);
        command.SetAction(result => Run(result.GetValue(options.Paths)!, result.GetValue(dryRun), options, result, environment));
        return command;
    }

    private static int Run(string[] arguments, bool dryRun, DocumentOptions options, ParseResult result, CliEnvironment environment)
    {
        var stopwatch = Stopwatch.StartNew();
        var expanded = PathExpander.Expand(arguments);
        var reader = options.Reader(result, environment);
        var rules = options.Rules(result, environment);
        var remaining = new CheckSummary();
        int failed = expanded.Errors.Count, changedFiles = 0, fixes = 0;
        foreach (var error in expanded.Errors) environment.ReportError(error);

        ProgressDisplay.Run(environment, expanded.Files, dryRun ? "Fixing (dry run)" : "Fixing", (output, done) =>
        {
            var fixedFiles = DocumentBatch.Run(expanded.Files, path => Fix(path, reader, rules.For(path), dryRun), done);
            foreach (var processed in fixedFiles)
            {
                if (processed.Error is { } error)
                {
                    failed++;
                    environment.ReportError(error);
                    continue;
                }
                var (file, fixResult) = processed.Value;
                if (!fixResult.Converged) environment.Warn($"{file.Path}: fixes still on offer after {DocumentFixer.DefaultMaxPasses} passes; run fix again");
                if (dryRun) UnifiedDiff.Write(output, file.Path, SourceText.From(file.Text), fixResult.Changes);
                else if (file.IsStandardInput) output.Write(fixResult.Text);
                if (fixResult.IsChanged)
                {
                    changedFiles++;
                    fixes += fixResult.AppliedFixes;
                }
                remaining.Add(new CheckedFile(file.Path, fixResult.Tree).Diagnostics);
            }
        });

        environment.Error.WriteLine(
            $"{(dryRun ? "Would fix" : "Fixed")} {CheckSummary.Plural(fixes, "problem")} in {changedFiles} of {CheckSummary.Plural(remaining.Files, "file")} " +
            $"in {stopwatch.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s; remaining: {remaining.Counts()}");
        return failed > 0 ? ExitCodes.UsageOrInput : remaining.Errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>Fixes one document and, unless it is a dry run or standard input, writes it back if it changed.</summary>
    private static (SourceFile File, FixResult Result) Fix(string path, DocumentReader reader, Frus.Rules.RuleSet rules, bool dryRun)
    {
        var file = reader.Read(path);
        if (file.NulByteOffset >= 0)
            throw new InvalidInputException($"{file.Path}: NUL byte at offset {file.NulByteOffset} (a binary or UTF-16 file?); not fixed");
        var result = DocumentFixer.FixAll(file.Text, file.Path, rules);
        if (dryRun || file.IsStandardInput || !result.IsChanged) return (file, result);
        try
        {
            AtomicFile.Write(reader.FileSystem, path, SourceFile.Encode(result.Text));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"{file.Path}: cannot write ({exception.Message}); left as it was", exception);
        }
        return (file, result);
    }
}
