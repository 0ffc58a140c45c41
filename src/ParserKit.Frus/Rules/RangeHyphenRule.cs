using ParserKit.Diagnostics;
using ParserKit.Frus.Analysis;
using ParserKit.Text;

namespace ParserKit.Frus.Rules;

/// <summary>
/// FRUS0010: a hyphen in a numeric range, where the series writes an en dash: <c>1961-1963</c>,
/// <c>pages 861-862</c>. Only sure ranges are reported (after <c>page(s)</c>, <c>p.</c>, <c>pp.</c>,
/// <c>Document(s)</c>, or two years), never archival numbers (conventions, ambiguity 12).
/// </summary>
public sealed class RangeHyphenRule : FrusRule
{
    /// <summary>The descriptor of FRUS0010.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0010", "Hyphen in a numeric range",
        "Hyphen in the range '{0}'; the series writes ranges with an en dash: '{1}'",
        "Typography", DiagnosticSeverity.Info,
        "FRUS writes ranges with an en dash: 1961–1963, pages 861–862, pp. 693–698, Documents 31–53. Only ranges after page, pages, p., pp., Document or Documents, and year ranges (1700–2099) are checked, so archival numbers such as 611.247/2-961, DEF 18-4, Job 80-B01285A, 84-84-001 or 1/63-3/63 are never touched.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        string text = context.Text.ToString();
        var runs = new List<TextSpan>();
        var ranges = new List<NumberRange>();
        foreach (var block in Prose.Blocks(context.Document))
        {
            Prose.CollectRuns(block, runs);
            foreach (var run in runs)
            {
                var chars = text.AsSpan(run.Start, run.Length);
                // Only a hyphen is reported, and most runs have none.
                if (!chars.Contains('-')) continue;
                ranges.Clear();
                NumberRanges.FindCited(chars, ranges);
                NumberRanges.FindYears(chars, ranges);
                for (int k = 0; k < ranges.Count; k++)
                {
                    var range = ranges[k];
                    if (!range.HasHyphen(chars) || SeparatorFoundBefore(ranges, k)) continue;
                    string written = chars[range.Start..range.End].ToString();
                    string fixedText = written.Replace('-', '–');
                    var fix = new CodeFix("Write an en dash", [new TextChange(new TextSpan(run.Start + range.Separator, 1), "–")]);
                    context.Report(new TextSpan(run.Start + range.Start, range.End - range.Start), fix, written, fixedText);
                }
            }
        }
    }

    /// <summary>True when a range before <paramref name="index"/> has the same separator: a cited range of years (<c>pages 1961-1963</c>) is reported once.</summary>
    private static bool SeparatorFoundBefore(List<NumberRange> ranges, int index)
    {
        for (int k = 0; k < index; k++)
        {
            if (ranges[k].Separator == ranges[index].Separator) return true;
        }
        return false;
    }
}
