using System.Collections.Immutable;
using ParserKit.Diagnostics;

namespace ParserKit.Frus.Rules;

/// <summary>
/// The rules to run and the severity of each: the defaults of the descriptors, overridden per id
/// (<c>dotnet_diagnostic.FRUS0014.severity = none</c> in <c>.editorconfig</c> ends up here). Immutable.
/// </summary>
public sealed class RuleSet
{
    private readonly ImmutableDictionary<string, DiagnosticSeverity?> _overrides;

    private RuleSet(ImmutableArray<FrusRule> rules, ImmutableDictionary<string, DiagnosticSeverity?> overrides)
    {
        Rules = rules;
        _overrides = overrides;
    }

    /// <summary>Every rule at its default severity.</summary>
    public static RuleSet Default { get; } = new(RuleCatalog.All, ImmutableDictionary<string, DiagnosticSeverity?>.Empty);

    /// <summary>No rules: parse only.</summary>
    public static RuleSet None { get; } = new([], ImmutableDictionary<string, DiagnosticSeverity?>.Empty);

    /// <summary>The rules that may run.</summary>
    public ImmutableArray<FrusRule> Rules { get; }

    /// <summary>A copy where rule <paramref name="id"/> reports at <paramref name="severity"/>, or not at all when it is null.</summary>
    public RuleSet WithSeverity(string id, DiagnosticSeverity? severity) => new(Rules, _overrides.SetItem(id, severity));

    /// <summary>The effective severity of the rule <paramref name="descriptor"/> describes, or null when it is off.</summary>
    public DiagnosticSeverity? SeverityOf(DiagnosticDescriptor descriptor)
        => _overrides.TryGetValue(descriptor.Id, out var severity) ? severity : descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : null;

    /// <summary>Runs the enabled rules over <paramref name="tree"/>; diagnostics sorted by position, then id.</summary>
    public IReadOnlyList<Diagnostic> Analyze(FrusSyntaxTree tree)
    {
        var all = new List<Diagnostic>();
        foreach (var rule in Rules)
        {
            if (SeverityOf(rule.Descriptor) is not DiagnosticSeverity severity) continue;
            var found = new List<Diagnostic>();
            rule.Analyze(new RuleContext(tree, rule, found));
            foreach (var diagnostic in found)
                all.Add(severity == diagnostic.Severity ? diagnostic : diagnostic.WithSeverity(severity));
        }
        all.Sort((a, b) =>
        {
            int byPosition = a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start);
            return byPosition != 0 ? byPosition : string.CompareOrdinal(a.Id, b.Id);
        });
        return all;
    }
}
