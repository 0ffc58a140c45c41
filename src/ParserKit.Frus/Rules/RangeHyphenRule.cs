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
        foreach (var run in Prose.Runs(context.Document))
        {
            string text = run.Text;
            var reported = new HashSet<int>();
            foreach (var range in NumberRanges.FindCited(text).Concat(NumberRanges.FindYears(text)))
            {
                if (!range.HasHyphen(text) || !reported.Add(range.Separator)) continue;
                string written = text[range.Start..range.End];
                string fixedText = written.Replace('-', '–');
                var fix = new CodeFix("Write an en dash", [new TextChange(new TextSpan(run.Span.Start + range.Separator, 1), "–")]);
                context.Report(new TextSpan(run.Span.Start + range.Start, range.End - range.Start), fix, written, fixedText);
            }
        }
    }
}
