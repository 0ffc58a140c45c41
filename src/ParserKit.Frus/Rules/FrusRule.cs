using ParserKit.Diagnostics;

namespace ParserKit.Frus.Rules;

/// <summary>
/// One diagnostic rule: a descriptor and an analysis over the tree. Each rule lives in its own file with its
/// descriptor, and has a documentation page at <c>docs/rules/{Id}.md</c>.
/// </summary>
public abstract class FrusRule
{
    /// <summary>Where the documentation pages live, relative to the repository root.</summary>
    public const string HelpRoot = "docs/rules/";

    /// <summary>What the rule reports, with its stable id.</summary>
    public abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>Reports the rule's findings in <paramref name="context"/>.</summary>
    public abstract void Analyze(RuleContext context);

    /// <summary>Builds a descriptor with the help link filled in.</summary>
    protected static DiagnosticDescriptor Describe(string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description)
        => new(id, title, messageFormat, category, severity, true, description, HelpRoot + id + ".md");
}
