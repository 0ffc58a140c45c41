using System.Collections.Immutable;
using ParserKit.Diagnostics;

namespace ParserKit.Frus.Rules;

/// <summary>Every rule ParserKit knows, in id order. The docs and the CLI read their descriptors from here.</summary>
public static class RuleCatalog
{
    /// <summary>All rules.</summary>
    public static ImmutableArray<FrusRule> All { get; } =
    [
        new UnclosedBracketRule(),
        new UnopenedBracketRule(),
        new MissingFootnoteBodyRule(),
        new UnreferencedFootnoteRule(),
        new FootnoteNumberingRule(),
        new PageSequenceRule(),
        new HeadingRule(),
        new UnbalancedQuotationRule(),
        new StraightQuoteRule(),
        new RangeHyphenRule(),
        new ImpossibleDateRule(),
        new CitationRule(),
        new UnknownInsertRule(),
        new StrayWhitespaceRule(),
        new MalformedBracketRule(),
        new AmbiguousFootnoteMarkerRule(),
        new BracketNestingRule(),
    ];

    /// <summary>All descriptors, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [.. All.Select(r => r.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>The rule with <paramref name="id"/>, or null.</summary>
    public static FrusRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase));
}
