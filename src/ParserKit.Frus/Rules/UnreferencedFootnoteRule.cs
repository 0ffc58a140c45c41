using ParserKit.Diagnostics;
using ParserKit.Frus.Syntax;

namespace ParserKit.Frus.Rules;

/// <summary>FRUS0004: a footnote body whose label no marker in the text uses. The source note counts as referenced from the heading.</summary>
public sealed class UnreferencedFootnoteRule : FrusRule
{
    /// <summary>The descriptor of FRUS0004.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0004", "Footnote never referenced",
        "{0}",
        "Footnotes", DiagnosticSeverity.Warning,
        "Every footnote body is referenced by a marker with its label, glued to the text where the note belongs. The source note (1, or 0 in some volumes) is normally referenced from the end of the heading line.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        bool first = true;
        foreach (var footnote in context.Document.Footnotes)
        {
            bool isSourceNote = first && (footnote.IsSourceNote || footnote.Label is "0" or "1");
            first = false;
            if (footnote.References.Count > 0) continue;
            context.Report(footnote.LabelToken.Span, isSourceNote
                ? $"The source note {footnote.Label} is never referenced; glue its marker to the end of the heading line ('{HeadingEnd(context.Document)}{footnote.Label}')"
                : $"Footnote {footnote.Label} is never referenced in the text; glue the marker '{footnote.Label}' to the word it annotates, or remove the footnote if it belongs to another document");
        }
    }

    private static string HeadingEnd(DocumentSyntax document)
    {
        string title = document.Heading?.Title ?? "Title";
        return title.Length <= 40 ? title : "…" + title[^30..];
    }
}
