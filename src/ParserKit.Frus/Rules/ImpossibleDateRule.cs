using ParserKit.Diagnostics;
using ParserKit.Frus.Analysis;
using ParserKit.Text;

namespace ParserKit.Frus.Rules;

/// <summary>FRUS0011: a date that cannot exist (<c>February 30, 1963</c>, <c>September 31</c>) in a heading, dateline or text.</summary>
public sealed class ImpossibleDateRule : FrusRule
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The descriptor of FRUS0011.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0011", "Impossible date",
        "'{0}' is not a date: {1}; check the day against the source",
        "Dates", DiagnosticSeverity.Warning,
        "Dates are printed 'Month D, YYYY' or 'Month D'. A day past the end of its month (February 30, September 31, February 29 in a year that is not a leap year) is a typing or OCR error, in the heading, the dateline, the text or the footnotes.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        string text = context.Text.ToString();
        var runs = new List<TextSpan>();
        var dates = new List<FrusDate>();
        foreach (var block in Prose.Blocks(context.Document))
        {
            Prose.CollectRuns(block, runs);
            foreach (var run in runs)
            {
                var chars = text.AsSpan(run.Start, run.Length);
                dates.Clear();
                FrusDate.FindAll(chars, dates);
                foreach (var date in dates)
                {
                    if (date.IsPossible) continue;
                    // "March 40 miles" is not a date at all; a day past 31 counts only when a year makes it one.
                    if (date.Day > 31 && date.Year is null) continue;
                    context.Report(new TextSpan(run.Start + date.Start, date.Length), chars.Slice(date.Start, date.Length).ToString(), Reason(date));
                }
            }
        }
    }

    private static string Reason(FrusDate date)
    {
        string month = MonthNames[date.Month - 1];
        if (date.Day < 1) return "days start at 1";
        if (date.Month != 2) return $"{month} has {DateTime.DaysInMonth(2000, date.Month)} days";
        return date.Year is int year ? $"February has {(DateTime.IsLeapYear(Math.Clamp(year, 1, 9999)) ? 29 : 28)} days in {year}" : "February has at most 29 days";
    }
}
