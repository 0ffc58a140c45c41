using ParserKit.Diagnostics;
using ParserKit.Frus.Parsing;
using ParserKit.Text;

namespace ParserKit.Frus.Rules;

/// <summary>
/// FRUS0016: a footnote marker the parser placed by guessing: digits split off a number that is not a date or a
/// year (<c>Executive Order 104013</c>), a number standing apart from the text (<c>von Lilienfeld 3 for</c>), or a
/// label that two places fit equally well. A split that leaves a day after a month name or a four-digit year
/// (<c>February 181</c>, <c>October 26, 19561</c>) is the normal FRUS form, not a guess.
/// </summary>
public sealed class AmbiguousFootnoteMarkerRule : FrusRule
{
    /// <summary>The descriptor of FRUS0016.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0016", "Ambiguous footnote marker",
        "{0}",
        "Footnotes", DiagnosticSeverity.Warning,
        "Markers are glued to the text, so digits after a number may be part of it or a footnote marker. The parser reads them by the footnote numbering; where the reading was a guess (digits split off a number that is not a date or a year, a number standing apart from the text, or two places that fit the same label equally well) the message says which reading it chose. A day after a month name or a four-digit year followed by the marker (February 181) is not a guess.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        // The markers of the parser's layout analysis, with the evidence the tree itself does not keep.
        string text = context.Text.ToString();
        foreach (var marker in context.Tree.FootnoteMarkers)
        {
            string label = text.Substring(marker.Start, marker.Length);
            switch (marker.Evidence)
            {
                case MarkerEvidence.SplitFromNumber:
                    int numberStart = marker.Start;
                    while (numberStart > 0 && char.IsAsciiDigit(text[numberStart - 1])) numberStart--;
                    string number = text[numberStart..(marker.Start + marker.Length)];
                    context.Report(TextSpan.FromBounds(numberStart, marker.Start + marker.Length),
                        $"Read '{number}' as '{text[numberStart..marker.Start]}' + footnote marker '{label}'; if the number is '{number}', the marker belongs elsewhere: check the source");
                    break;
                case MarkerEvidence.Floating:
                    context.Report(new TextSpan(marker.Start, marker.Length),
                        $"Read the '{label}' standing after '{WordBefore(text, marker.Start)}' as footnote marker {label}; glue it to the word ('{WordBefore(text, marker.Start)}{label}'), or if it is a number in the sentence, restore the marker where the source has it");
                    break;
                // A tie among weaker evidence (two decimals such as '1956.5' and '$1.5') says little; among glued markers it is a real choice.
                case MarkerEvidence.Glued when marker.Alternative >= 0:
                    var other = context.Text.GetLinePosition(marker.Alternative);
                    context.Report(new TextSpan(marker.Start, marker.Length),
                        $"Read the '{label}' after '{WordBefore(text, marker.Start)}' as footnote marker {label}, but the '{label}' after '{WordBefore(text, marker.Alternative)}' (line {other.Line + 1}, column {other.Character + 1}) fits as well; check which one the source has");
                    break;
            }
        }
    }

    /// <summary>The word (or number) just before <paramref name="position"/>, spaces skipped: 'Lilienfeld', 'XXVIII:'.</summary>
    private static string WordBefore(string text, int position)
    {
        int end = position;
        while (end > 0 && text[end - 1] == ' ') end--;
        int start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && end - start < 24) start--;
        return text[start..end];
    }
}
