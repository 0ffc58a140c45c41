using ParserKit.Diagnostics;

namespace ParserKit.Frus.Rules;

/// <summary>FRUS0003: a footnote marker whose label has no footnote body.</summary>
public sealed class MissingFootnoteBodyRule : FrusRule
{
    /// <summary>The descriptor of FRUS0003.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0003", "Footnote marker without a footnote",
        "Footnote marker '{0}' has no footnote body; add '  {0}. …' to the footnotes at the end, or remove the marker",
        "Footnotes", DiagnosticSeverity.Error,
        "Every footnote marker in the text refers to a footnote body at the end of the document with the same label.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        foreach (var reference in context.Document.FootnoteReferences)
        {
            if (reference.Footnote is null) context.Report(reference.MarkerToken.Span, reference.Label);
        }
    }
}
