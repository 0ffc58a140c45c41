using ParserKit.Diagnostics;
using ParserKit.Text;

namespace ParserKit.Frus.Rules;

/// <summary>
/// FRUS0014: two or more spaces in a row inside a line, or white space at the end of a line. Indentation at the
/// start of a line (the <c>  1. </c> of footnote bodies) is never reported, nor are tabs, which separate table cells.
/// </summary>
public sealed class StrayWhitespaceRule : FrusRule
{
    /// <summary>The descriptor of FRUS0014.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0014", "Stray whitespace",
        "{0}",
        "Typography", DiagnosticSeverity.Info,
        "Words are separated by one space and lines end with their last character. Indentation at the start of a line (such as the two spaces before each footnote, '  1. Source: …') is not reported, and tabs are not either: they separate the cells of a table row, and a tab at the end of a row is an empty cell.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var text = context.Text.AsSpan();
        // A page marker's own spacing is FRUS0015's business; its fix rewrites the whole marker. Looked up only once a run of spaces turns up.
        List<TextSpan>? pageMarkers = null;
        foreach (var line in context.Text.Lines)
        {
            int start = line.Start, end = line.End;
            while (start < end && text[start] is ' ' or '\t' or '\uFEFF') start++;
            if (start == end)
            {
                // A line of white space only: nothing to indent, so it is all trailing.
                int first = line.Start < end && text[line.Start] == '\uFEFF' ? line.Start + 1 : line.Start;
                ReportTrailing(context, TextSpan.FromBounds(first, end));
                continue;
            }
            int contentEnd = end;
            while (contentEnd > start && text[contentEnd - 1] is ' ' or '\t') contentEnd--;
            // The content ends in neither a space nor a tab, so a run of spaces found in it ends inside it too.
            for (int i = start; ; )
            {
                int next = text[i..contentEnd].IndexOf("  ");
                if (next < 0) break;
                i += next;
                int runEnd = i;
                while (text[runEnd] == ' ') runEnd++;
                var run = TextSpan.FromBounds(i, runEnd);
                pageMarkers ??= context.Document.PageMarkers.Select(m => m.Span).ToList();
                if (!IsInside(run, pageMarkers))
                    context.Report(run, new CodeFix("Write one space", [new TextChange(run, " ")]), $"{runEnd - i} spaces in a row; write one");
                i = runEnd;
            }
            ReportTrailing(context, TextSpan.FromBounds(contentEnd, end));
        }
    }

    private static bool IsInside(TextSpan run, List<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            if (span.Contains(run)) return true;
        }
        return false;
    }

    /// <summary>Reports white space at a line end unless it is only tabs (empty table cells).</summary>
    private static void ReportTrailing(RuleContext context, TextSpan trailing)
    {
        if (trailing.IsEmpty || !context.Text.AsSpan().Slice(trailing.Start, trailing.Length).Contains(' ')) return;
        context.Report(trailing, new CodeFix("Remove the white space", [new TextChange(trailing, "")]), "White space at the end of the line; remove it");
    }
}
