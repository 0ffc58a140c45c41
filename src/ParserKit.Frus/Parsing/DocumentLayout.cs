using System.Text.RegularExpressions;

namespace ParserKit.Frus.Parsing;

/// <summary>One physical line: content start, content end (before the line break) and end including the break.</summary>
internal readonly record struct LineBounds(int Start, int End, int BreakEnd)
{
    public bool IsBlank(string text) => text.AsSpan(Start, End - Start).IndexOfAnyExcept(' ', '\t') < 0;
}

/// <summary>
/// The first, line-level look at a document, made before lexing because lexing depends on it: which line is
/// the heading, where the footnote bodies begin, and which footnote markers the body holds.
/// </summary>
internal sealed partial class DocumentLayout
{
    private DocumentLayout(List<LineBounds> lines, int headingLine, int footnoteStart, List<MarkerSpan> markers, LineRole[] roles)
    {
        Lines = lines;
        Roles = roles;
        HeadingLine = headingLine;
        FootnoteStart = footnoteStart;
        Markers = markers;
    }

    public List<LineBounds> Lines { get; }

    /// <summary>What each line is (<see cref="LineRole.None"/> for blank lines).</summary>
    public LineRole[] Roles { get; }

    /// <summary>Index of the heading line, or -1 when the document has none.</summary>
    public int HeadingLine { get; }

    /// <summary>Index of the first footnote body line (the line count when there are none).</summary>
    public int FootnoteStart { get; }

    /// <summary>Footnote markers in the body, sorted.</summary>
    public List<MarkerSpan> Markers { get; }

    public static DocumentLayout Analyze(string text)
    {
        var lines = SplitLines(text);
        int heading = FindHeading(text, lines);
        var (footnoteStart, indented) = FindFootnotes(text, lines, heading);
        var labels = Labels(text, lines, footnoteStart);
        var markers = FootnoteMarkerScanner.Scan(text, BodyLines(text, lines, footnoteStart), labels);

        // Unindented "N. text" lines at the end may be numbered paragraphs rather than footnotes:
        // they count as footnotes only when the body carries a marker with one of their labels that is not a
        // guess (a paragraph "2." must not turn into a footnote because "1952" could end in marker 2).
        if (!indented && footnoteStart < lines.Count && !markers.Any(m => !m.IsGuess && labels.Contains(text.Substring(m.Start, m.Length))))
        {
            footnoteStart = lines.Count;
            markers = FootnoteMarkerScanner.Scan(text, BodyLines(text, lines, footnoteStart), []);
        }
        return new DocumentLayout(lines, heading, footnoteStart, markers, LineClassifier.Classify(text, lines, heading, footnoteStart));
    }

    /// <summary>The label of a footnote body line (<c>  12a. text</c>), or null.</summary>
    public static Match FootnoteLine(string text, LineBounds line) => FootnotePattern().Match(text, line.Start, line.End - line.Start);

    private static List<LineBounds> SplitLines(string text)
    {
        var lines = new List<LineBounds>(text.Length / 64 + 1);
        int start = 0;
        while (true)
        {
            int offset = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (offset < 0)
            {
                lines.Add(new LineBounds(start, text.Length, text.Length));
                return lines;
            }
            int end = start + offset;
            int breakEnd = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            lines.Add(new LineBounds(start, end, breakEnd));
            start = breakEnd;
            if (start == text.Length) return lines;
        }
    }

    /// <summary>The heading is the first line that is neither blank nor a page marker (conventions, ambiguity 6).</summary>
    private static int FindHeading(string text, List<LineBounds> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank(text)) continue;
            var content = text.AsSpan(line.Start, line.End - line.Start).Trim(" \t\uFEFF");
            if (PageMarkerLinePattern().IsMatch(content)) continue;
            if (FootnoteLine(text, line) is { Success: true } match && match.Groups["indent"].Length > 0) return -1;
            return i;
        }
        return -1;
    }

    /// <summary>
    /// The footnote bodies are the trailing run of <c>N. text</c> lines (blank lines allowed between them) that are
    /// all indented like the last one: numbered paragraphs (<c>13. In our view …</c>) just before indented
    /// footnotes (<c>  1. Source: …</c>) stay paragraphs.
    /// </summary>
    private static (int Start, bool Indented) FindFootnotes(string text, List<LineBounds> lines, int heading)
    {
        int start = lines.Count;
        bool? indented = null;
        for (int i = lines.Count - 1; i > heading; i--)
        {
            if (lines[i].IsBlank(text)) continue;
            var match = FootnoteLine(text, lines[i]);
            if (!match.Success) break;
            bool lineIndented = match.Groups["indent"].Length > 0;
            if (indented is bool runIndented && runIndented != lineIndented) break;
            indented = lineIndented;
            start = i;
        }
        return (start, indented ?? true);
    }

    private static List<string> Labels(string text, List<LineBounds> lines, int footnoteStart)
    {
        var labels = new List<string>();
        for (int i = footnoteStart; i < lines.Count; i++)
        {
            if (lines[i].IsBlank(text)) continue;
            labels.Add(FootnoteLine(text, lines[i]).Groups["label"].Value);
        }
        return labels;
    }

    private static List<(int Start, int End)> BodyLines(string text, List<LineBounds> lines, int footnoteStart)
    {
        var body = new List<(int, int)>(footnoteStart);
        for (int i = 0; i < footnoteStart; i++) body.Add((lines[i].Start, lines[i].End));
        return body;
    }

    [GeneratedRegex(@"\G(?<indent>[ \t]*)(?<label>\d{1,4}[a-z]?)\.(?:[ \t]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex FootnotePattern();

    [GeneratedRegex(@"^\[(?:(?:Facsimile|Typeset)\s+)?Page\s[^\]]*(?:\]\]?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageMarkerLinePattern();
}
