using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ParserKit.Cli.Configuration;
using ParserKit.Cli.Input;

namespace ParserKit.Cli.Commands;

/// <summary>The arguments every command that reads many documents shares: paths, rule configuration, size limit.</summary>
internal sealed class DocumentOptions
{
    /// <summary>Files, directories, globs, or <c>-</c>.</summary>
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "Files, directories (searched recursively for *.txt) or globs such as 'docs/**/*.txt'; - reads standard input.",
    };

    /// <summary><c>--severity ID=LEVEL</c>, repeatable; beats <c>.editorconfig</c>.</summary>
    public Option<string[]> Severity { get; } = new("--severity")
    {
        Description = $"Set a rule's severity, as in FRUS0014=none ({SeverityKeyword.All}); repeatable; beats .editorconfig.",
        Arity = ArgumentArity.ZeroOrMore,
        HelpName = "ID=LEVEL",
    };

    /// <summary><c>--warn-as-error</c>.</summary>
    public Option<bool> WarnAsError { get; } = new("--warn-as-error") { Description = "Report every warning as an error." };

    /// <summary><c>--max-file-size</c>, in bytes or with a K, M or G suffix.</summary>
    public Option<long> MaxFileSize { get; } = new("--max-file-size")
    {
        Description = "Refuse files larger than this (bytes, or with a K, M or G suffix); default 512M.",
        DefaultValueFactory = _ => DocumentReader.DefaultMaxBytes,
        CustomParser = ParseSize,
        HelpName = "SIZE",
    };

    /// <summary>Creates the options, with <c>--severity</c> values checked at parse time.</summary>
    public DocumentOptions()
    {
        Severity.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (RuleConfiguration.ParseCommandLine(token.Value, out string? error) is null) result.AddError(error!);
        });
    }

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Severity);
        command.Options.Add(WarnAsError);
        command.Options.Add(MaxFileSize);
    }

    /// <summary>The rule configuration the options describe.</summary>
    public RuleConfiguration Rules(ParseResult result, CliEnvironment environment)
        => new([.. (result.GetValue(Severity) ?? []).Select(s => RuleConfiguration.ParseCommandLine(s, out _)!)], result.GetValue(WarnAsError), environment.Warn);

    /// <summary>The document reader the options describe.</summary>
    public DocumentReader Reader(ParseResult result, CliEnvironment environment)
        => new(environment.FileSystem, environment.OpenStandardInput, result.GetValue(MaxFileSize));

    private static long ParseSize(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : "";
        long unit = text.Length == 0 ? 1 : char.ToUpperInvariant(text[^1]) switch { 'K' => 1L << 10, 'M' => 1L << 20, 'G' => 1L << 30, _ => 1 };
        string digits = unit == 1 ? text : text[..^1];
        if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value > 0 && value <= long.MaxValue / unit) return value * unit;
        result.AddError($"--max-file-size {text}: expected a positive size such as 1048576, 512K, 200M or 1G");
        return 0;
    }
}
