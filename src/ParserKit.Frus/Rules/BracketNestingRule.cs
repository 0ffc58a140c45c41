using ParserKit.Diagnostics;
using ParserKit.Frus.Parsing;
using ParserKit.Frus.Syntax;

namespace ParserKit.Frus.Rules;

/// <summary>FRUS0017: brackets nested deeper than the parser builds inserts for; the text is kept but not structured.</summary>
public sealed class BracketNestingRule : FrusRule
{
    /// <summary>The descriptor of FRUS0017.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0017", "Brackets nested too deeply",
        "Brackets are nested more than " + FrusLexer.MaxBracketDepth + " levels deep; the inner {0} is kept as plain text",
        "Brackets", DiagnosticSeverity.Error,
        "Real FRUS inserts nest one or two levels ([Page [X]]). Deeper nesting is almost certainly damaged text; the parser keeps it verbatim without building inserts for it.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        foreach (var skipped in context.Document.Index.SkippedTexts)
        {
            if (skipped.Reason == SkippedTextReason.NestedTooDeep) context.Report(skipped.Token.Span, BracketRun.Quote(skipped.Token));
        }
    }
}
