using ParserKit.Diagnostics;
using ParserKit.Frus.Analysis;
using ParserKit.Frus.Syntax;

namespace ParserKit.Frus.Rules;

/// <summary>
/// FRUS0005: footnote bodies out of sequence: a label used twice, a label skipped, or a body before one it should
/// follow. Numbering may start at any label (older volumes number through the volume: <c>11, 12, 12a, 13</c>),
/// the source note may be <c>0</c>, and <c>12a</c> sits between <c>12</c> and <c>13</c>.
/// </summary>
public sealed class FootnoteNumberingRule : FrusRule
{
    /// <summary>The descriptor of FRUS0005.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0005", "Footnote numbering out of sequence",
        "{0}",
        "Footnotes", DiagnosticSeverity.Error,
        "Footnote labels follow each other by one: 1, 2, 3 (or 0, 1, 2 where the source note is 0). Older volumes number through the volume, so a document may start at any label (11, 12, 12a, 13); a letter-suffixed label (12a) sits between its neighbours. A label used twice, skipped or out of order means a note was lost, duplicated or mislabelled.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var all = context.Document.Footnotes.Select(f => FootnoteLabel.Parse(f.Label)).OfType<FootnoteLabel>().ToHashSet();
        var seen = new Dictionary<FootnoteLabel, FootnoteSyntax>();
        FootnoteLabel? highest = null;
        bool? numbersOwnNotes = null;
        foreach (var footnote in context.Document.Footnotes)
        {
            if (FootnoteLabel.Parse(footnote.Label) is not FootnoteLabel label) continue;
            // A document whose first note is 0 or 1 numbers its own notes; otherwise it holds a stretch of the volume's
            // numbering, where a skipped number may be a note outside this document (or one the volume itself skipped).
            numbersOwnNotes ??= label.Number <= 1;
            if (seen.TryGetValue(label, out var earlier))
            {
                context.Report(footnote.LabelToken.Span, $"Footnote label {label} is used twice (also on line {LineOf(context, earlier)}){Suggestion(highest, all)}");
                continue;
            }
            seen[label] = footnote;
            if (highest is not FootnoteLabel previous || previous.IsFollowedBy(label))
            {
                highest = label;
                continue;
            }
            if (label.CompareTo(previous) < 0)
            {
                context.Report(footnote.LabelToken.Span, $"Footnote {label} comes after footnote {previous}; list the footnotes in the order of their markers and check the labels against the source");
                continue;
            }
            var missing = label.Number == previous.Number ? previous.NextLetter : previous.Next;
            // When the skipped label comes later, the fault is the order, reported there.
            if (numbersOwnNotes == true && !all.Contains(missing))
                context.Report(footnote.LabelToken.Span, $"Footnote {label} follows footnote {previous}; footnote {missing} is missing: restore it with its marker, or renumber");
            highest = label;
        }
    }

    /// <summary>When the label after the highest so far appears nowhere, the repeated label is probably a misprint of it.</summary>
    private static string Suggestion(FootnoteLabel? highest, HashSet<FootnoteLabel> all)
        => highest is FootnoteLabel previous && !all.Contains(previous.Next)
            ? $"; after footnote {previous} this one is probably {previous.Next}: check the label against the source"
            : "; give each footnote its own label, as in the source";

    private static int LineOf(RuleContext context, FootnoteSyntax footnote) => context.Text.GetLineNumber(footnote.LabelToken.Span.Start) + 1;
}
