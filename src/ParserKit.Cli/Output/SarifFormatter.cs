using System.Reflection;
using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;
using ParserKit.Cli.Input;
using ParserKit.Diagnostics;
using ParserKit.Frus;
using ParserKit.Frus.Rules;
using ParserKit.Text;
using SarifLocation = Microsoft.CodeAnalysis.Sarif.Location;

namespace ParserKit.Cli.Output;

/// <summary>
/// A SARIF 2.1.0 log written with the Sarif.Sdk object model: one run whose driver lists the rules that fired
/// (id, name, short and full description, help page, default level), one result per diagnostic with its region
/// (1-based lines, UTF-16 columns) and its code fixes, and inputs that could not be read as notifications.
/// </summary>
internal sealed class SarifFormatter(TextWriter output) : DiagnosticFormatter
{
    /// <summary>The schema the log names in <c>$schema</c>.</summary>
    public static readonly Uri SchemaUri = new("https://json.schemastore.org/sarif-2.1.0.json");

    private readonly List<Result> _results = [];
    private readonly List<Notification> _notifications = [];

    public override void WriteFile(CheckedFile file)
    {
        var artifact = ArtifactLocationOf(file.Path);
        foreach (var diagnostic in file.Diagnostics)
        {
            _results.Add(new Result
            {
                RuleId = diagnostic.Id,
                Level = Level(diagnostic.Severity),
                Message = new Message { Text = diagnostic.GetMessage() },
                Locations = [new SarifLocation { PhysicalLocation = new PhysicalLocation { ArtifactLocation = artifact, Region = RegionOf(file.Tree, diagnostic.Location.SourceSpan) } }],
                Fixes = diagnostic.Fixes.Count == 0 ? null : [.. diagnostic.Fixes.Select(fix => FixOf(fix, file.Tree, artifact))],
            });
        }
    }

    public override void WriteInputError(InvalidInputException error)
        => _notifications.Add(new Notification { Level = FailureLevel.Error, Message = new Message { Text = error.Message } });

    public override void Complete(CheckSummary summary)
    {
        // Like Roslyn's error log: the rules that fired, in id order, and each result points at its rule by index.
        var rules = _results.Select(r => r.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var result in _results) result.RuleIndex = rules.IndexOf(result.RuleId);
        var log = new SarifLog
        {
            SchemaUri = SchemaUri,
            Version = SarifVersion.Current,
            Runs =
            [
                new Run
                {
                    Tool = new Tool { Driver = new ToolComponent { Name = "parserkit", Version = ToolVersion, Rules = [.. rules.Select(id => Describe(RuleCatalog.Find(id)!))] } },
                    Invocations = [new Invocation { ExecutionSuccessful = _notifications.Count == 0, ToolExecutionNotifications = _notifications }],
                    Results = _results,
                    ColumnKind = ColumnKind.Utf16CodeUnits,
                },
            ],
        };
        JsonSerializer.Create(new JsonSerializerSettings { Formatting = Formatting.Indented }).Serialize(output, log);
        output.WriteLine();
    }

    private static string ToolVersion { get; } =
        typeof(SarifFormatter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static ReportingDescriptor Describe(FrusRule rule)
    {
        var descriptor = rule.Descriptor;
        return new ReportingDescriptor
        {
            Id = descriptor.Id,
            Name = rule.GetType().Name.EndsWith("Rule", StringComparison.Ordinal) ? rule.GetType().Name[..^4] : rule.GetType().Name,
            ShortDescription = new MultiformatMessageString { Text = descriptor.Title },
            FullDescription = new MultiformatMessageString { Text = descriptor.Description },
            // The rule's page in the repository (docs/rules/FRUSnnnn.md); relative while the project has no public address.
            HelpUri = new Uri(descriptor.HelpLinkUri, UriKind.RelativeOrAbsolute),
            DefaultConfiguration = new ReportingConfiguration { Level = Level(descriptor.DefaultSeverity), Enabled = descriptor.IsEnabledByDefault },
        };
    }

    private static Fix FixOf(CodeFix fix, FrusSyntaxTree tree, ArtifactLocation artifact) => new()
    {
        Description = new Message { Text = fix.Title },
        ArtifactChanges =
        [
            new ArtifactChange
            {
                ArtifactLocation = artifact,
                Replacements = [.. fix.Changes.Select(c => new Replacement { DeletedRegion = RegionOf(tree, c.Span), InsertedContent = new ArtifactContent { Text = c.NewText } })],
            },
        ],
    };

    private static Region RegionOf(FrusSyntaxTree tree, TextSpan span)
    {
        var position = tree.GetText().GetLinePositionSpan(span);
        return new Region
        {
            StartLine = position.Start.Line + 1,
            StartColumn = position.Start.Character + 1,
            EndLine = position.End.Line + 1,
            EndColumn = position.End.Character + 1,
        };
    }

    private static ArtifactLocation ArtifactLocationOf(string path)
    {
        if (Path.IsPathFullyQualified(path)) return new ArtifactLocation { Uri = new Uri(path) };
        string relative = string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
        return new ArtifactLocation { Uri = new Uri(relative, UriKind.Relative) };
    }

    private static FailureLevel Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => FailureLevel.Error,
        DiagnosticSeverity.Warning => FailureLevel.Warning,
        DiagnosticSeverity.Info => FailureLevel.Note,
        _ => FailureLevel.None,
    };
}
