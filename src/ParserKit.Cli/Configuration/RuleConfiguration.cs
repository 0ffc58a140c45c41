using System.Collections.Concurrent;
using ParserKit.Diagnostics;
using ParserKit.Frus.Rules;

namespace ParserKit.Cli.Configuration;

/// <summary>A rule's configured severity: a level, off (<see cref="Severity"/> null), or back to the rule's default.</summary>
/// <param name="RuleId">The catalogue id.</param>
/// <param name="Severity">The severity, or null for off.</param>
/// <param name="IsDefault">True for <c>default</c>: forget what was configured before.</param>
internal sealed record RuleSeverity(string RuleId, DiagnosticSeverity? Severity, bool IsDefault);

/// <summary>
/// Decides the rules and severities for each checked file, in Roslyn's order of precedence: the rules' defaults,
/// then the <c>.editorconfig</c> files from the farthest folder to the nearest (the walk up stops at
/// <c>root = true</c>; within a file a later matching section wins), then <c>--severity</c>, and last
/// <c>--warn-as-error</c>. Standard input has no folder, so only the command line applies to it.
/// </summary>
internal sealed class RuleConfiguration(IReadOnlyList<RuleSeverity> commandLine, bool warnAsError, Action<string> warn)
{
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<EditorConfigFile>>> _chains = new(StringComparer.Ordinal);

    /// <summary>The rule set for the document at <paramref name="path"/>.</summary>
    public RuleSet For(string path)
    {
        var overrides = new Dictionary<string, DiagnosticSeverity?>(StringComparer.Ordinal);
        if (path != Input.SourceFile.StandardInput)
        {
            string fullPath = Path.GetFullPath(path);
            foreach (var file in Chain(Path.GetDirectoryName(fullPath)!).Reverse())
            {
                string relative = Path.GetRelativePath(file.Directory, fullPath).Replace('\\', '/');
                foreach (var section in file.Sections.Where(s => s.Glob.IsMatch(relative)))
                    foreach (var setting in section.Settings)
                        if (TryRead(setting.RuleId, setting.Value) is { } severity) Apply(overrides, severity);
            }
        }
        foreach (var severity in commandLine) Apply(overrides, severity);

        var rules = RuleSet.Default;
        foreach (var (id, severity) in overrides) rules = rules.WithSeverity(id, severity);
        if (warnAsError)
            foreach (var descriptor in RuleCatalog.Descriptors.Where(d => rules.SeverityOf(d) == DiagnosticSeverity.Warning))
                rules = rules.WithSeverity(descriptor.Id, DiagnosticSeverity.Error);
        return rules;
    }

    /// <summary>Reads <c>ID=word</c> as given to <c>--severity</c>; null with an <paramref name="error"/> when it is not.</summary>
    public static RuleSeverity? ParseCommandLine(string text, out string? error)
    {
        int equals = text.IndexOf('=');
        string id = equals < 0 ? text : text[..equals].Trim();
        error = null;
        if (equals < 0) error = $"--severity {text}: expected ID=SEVERITY, as in FRUS0014=none";
        else if (RuleCatalog.Find(id) is null) error = $"--severity {text}: unknown rule id '{id}'";
        else if (TryRead(id, text[(equals + 1)..]) is { } severity) return severity;
        else error = $"--severity {text}: '{text[(equals + 1)..]}' is not one of {SeverityKeyword.All}";
        return null;
    }

    /// <summary>A setting for a known rule with a valid word; null otherwise (ids of other tools are ignored).</summary>
    private static RuleSeverity? TryRead(string id, string word)
        => RuleCatalog.Find(id) is { } rule && SeverityKeyword.TryParse(word, out var severity, out bool isDefault)
            ? new RuleSeverity(rule.Descriptor.Id, severity, isDefault)
            : null;

    private static void Apply(Dictionary<string, DiagnosticSeverity?> overrides, RuleSeverity setting)
    {
        if (setting.IsDefault) overrides.Remove(setting.RuleId);
        else overrides[setting.RuleId] = setting.Severity;
    }

    /// <summary>The <c>.editorconfig</c> files that apply in <paramref name="directory"/>, nearest first.</summary>
    private IReadOnlyList<EditorConfigFile> Chain(string directory)
        => _chains.GetOrAdd(directory, d => new Lazy<IReadOnlyList<EditorConfigFile>>(() => LoadChain(d))).Value;

    private IReadOnlyList<EditorConfigFile> LoadChain(string directory)
    {
        var file = Load(Path.Combine(directory, ".editorconfig"));
        string? parent = Path.GetDirectoryName(directory);
        var above = file is { IsRoot: true } || parent is null ? [] : Chain(parent);
        return file is null ? above : [file, .. above];
    }

    private EditorConfigFile? Load(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var file = EditorConfigFile.Parse(path, File.ReadAllText(path));
            foreach (var setting in file.Sections.SelectMany(s => s.Settings))
                if (RuleCatalog.Find(setting.RuleId) is not null && !SeverityKeyword.TryParse(setting.Value, out _, out _))
                    warn($"{path}({setting.Line}): '{setting.Value}' is not one of {SeverityKeyword.All}; ignored");
            return file;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            warn($"{path}: cannot read ({exception.Message}); ignored");
            return null;
        }
    }
}
