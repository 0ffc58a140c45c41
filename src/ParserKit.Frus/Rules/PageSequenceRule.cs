using ParserKit.Diagnostics;
using ParserKit.Frus.Analysis;
using ParserKit.Frus.Syntax;

namespace ParserKit.Frus.Rules;

/// <summary>
/// FRUS0006: a page marker that is not the previous marker of its kind plus one, within a document.
/// <c>[Page N]</c>, <c>[Facsimile Page N]</c> and <c>[Typeset Page N]</c> are separate sequences, roman front-matter
/// pages are a sequence of their own, and unnumbered pages (<c>[Page [X]]</c>) count in theirs.
/// </summary>
public sealed class PageSequenceRule : FrusRule
{
    /// <summary>The descriptor of FRUS0006.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0006", "Page markers out of sequence",
        "{0}",
        "Pages", DiagnosticSeverity.Error,
        "Within a document each page marker is the previous marker of the same kind plus one. [Page N], [Facsimile Page N] and [Typeset Page N] are separate sequences; roman front-matter pages ([Page VII]) are a sequence of their own, in which an unnumbered page ([Page [X]]) counts. The first marker of each kind may have any number.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        // Footnote bodies are printed apart from the running text, so only the body's markers form the sequence.
        var footnotes = context.Document.FootnoteSection?.Span;
        var markers = context.Document.PageMarkers
            .Where(m => m.Value is not null && !m.NumberToken.IsMissing && footnotes?.Contains(m.Span.Start) != true)
            .ToList();
        var previous = new Dictionary<(PageKind, bool), (int Value, PageMarkerSyntax Marker)>();
        for (int i = 0; i < markers.Count; i++)
        {
            var marker = markers[i];
            var sequence = (marker.PageKind, marker.IsRoman);
            int value = marker.Value!.Value;
            if (previous.TryGetValue(sequence, out var last) && value != last.Value + 1)
            {
                int expected = last.Value + 1;
                context.Report(marker.Span, $"Page marker '{Written(marker)}' follows '{Written(last.Marker)}'; expected page {Format(marker, expected)}: a marker is missing, repeated or mistyped");
                // A single mistyped number: the next marker of the sequence continues from the expected page.
                if (NextOf(markers, i, sequence)?.Value == expected + 1)
                {
                    previous[sequence] = (expected, marker);
                    continue;
                }
            }
            previous[sequence] = (value, marker);
        }
    }

    private static PageMarkerSyntax? NextOf(List<PageMarkerSyntax> markers, int index, (PageKind Kind, bool IsRoman) sequence)
        => markers.Skip(index + 1).FirstOrDefault(m => m.PageKind == sequence.Kind && m.IsRoman == sequence.IsRoman);

    /// <summary>The marker as printed; made only for a message, as it builds a string.</summary>
    private static string Written(PageMarkerSyntax marker) => marker.ToString().Trim();

    private static string Format(PageMarkerSyntax marker, int value)
    {
        if (!marker.IsRoman) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string roman = RomanNumeral.ToRoman(value);
        return marker.Number.Trim('[', ']').Any(char.IsLower) ? roman.ToLowerInvariant() : roman;
    }
}
