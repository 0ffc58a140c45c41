using System.Text.RegularExpressions;

namespace ParserKit.Tests.Corpus;

/// <summary>
/// A way to break a real document as a rule describes, and where the rule must then report: the mutated text
/// and the 1-based line, or null when the mutation does not apply to the document.
/// </summary>
public sealed record Mutation(string Name, string RuleId, Func<string, (string Text, int Line)?> Apply)
{
    public override string ToString() => Name;
}

/// <summary>The mutation kinds, each written from the convention it breaks.</summary>
public static partial class Mutations
{
    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("drop a footnote body", "FRUS0003", DropFootnoteBody),
        new("add a footnote body nobody cites", "FRUS0004", AddUncitedBody),
        new("repeat a footnote body", "FRUS0005", RepeatFootnoteBody),
        new("drop a ']'", "FRUS0001", DropCloseBracket),
        new("add a stray ']'", "FRUS0002", AddStrayCloseBracket),
        new("insert '[]'", "FRUS0015", InsertEmptyBrackets),
        new("lower-case a page keyword", "FRUS0015", LowerCasePageKeyword),
        new("renumber a page", "FRUS0006", RenumberPage),
        new("give the heading a number with no title", "FRUS0007", NumberWithoutTitle),
        new("take the period from the heading number", "FRUS0007", NumberWithoutPeriod),
        new("take the ']' from the bracketed heading number", "FRUS0007", BracketedNumberUnclosed),
        new("put an impossible date in the dateline", "FRUS0011", ImpossibleDate),
        new("write a page range with a hyphen", "FRUS0010", HyphenatedRange),
    ];

    private static string[] Lines(string text) => text.Split('\n');

    private static string Join(IEnumerable<string> lines) => string.Join('\n', lines);

    /// <summary>Drops the last footnote body whose marker is glued to a word or to closing punctuation.</summary>
    private static (string, int)? DropFootnoteBody(string text)
    {
        var lines = Lines(text);
        for (int i = lines.Length - 1; i > 0; i--)
        {
            var body = FootnoteBody().Match(lines[i]);
            if (!body.Success || !body.Groups["label"].Value.All(char.IsAsciiDigit)) continue;
            string label = body.Groups["label"].Value;
            var marker = FindGluedMarker(lines, label, i);
            if (marker is null) return null;
            return (Join(lines.Where((_, index) => index != i)), marker.Value);
        }
        return null;
    }

    private static (string, int)? AddUncitedBody(string text)
    {
        var lines = Lines(text).ToList();
        int last = lines.FindLastIndex(l => FootnoteBody().IsMatch(l));
        if (last < 0) return null;
        int label = lines.Select(l => FootnoteBody().Match(l)).Where(m => m.Success && m.Groups["label"].Value.All(char.IsAsciiDigit))
            .Select(m => int.Parse(m.Groups["label"].Value)).DefaultIfEmpty(0).Max() + 1;
        lines.Insert(last + 1, $"  {label}. A note that no marker cites.");
        return (Join(lines), last + 2);
    }

    private static (string, int)? RepeatFootnoteBody(string text)
    {
        var lines = Lines(text).ToList();
        int last = lines.FindLastIndex(l => FootnoteBody().IsMatch(l));
        if (last < 0) return null;
        lines.Insert(last + 1, lines[last]);
        return (Join(lines), last + 2);
    }

    /// <summary>Drops the first ']' of the body; its '[' is then unclosed.</summary>
    private static (string, int)? DropCloseBracket(string text)
    {
        var lines = Lines(text);
        int footnotes = FirstFootnoteLine(lines);
        for (int i = 1; i < footnotes; i++)
        {
            int close = lines[i].IndexOf(']');
            if (close < 0 || lines[i].LastIndexOf('[', close) < 0) continue;
            lines[i] = lines[i].Remove(close, 1);
            return (Join(lines), i + 1);
        }
        return null;
    }

    /// <summary>Adds a ']' after the first word of the first long paragraph.</summary>
    private static (string, int)? AddStrayCloseBracket(string text)
    {
        var lines = Lines(text);
        int footnotes = FirstFootnoteLine(lines);
        for (int i = 1; i < footnotes; i++)
        {
            if (lines[i].Length < 80 || lines[i].Contains('[') || lines[i].Contains(']')) continue;
            int space = lines[i].IndexOf(' ');
            if (space <= 0) continue;
            lines[i] = lines[i].Insert(space, "]");
            return (Join(lines), i + 1);
        }
        return null;
    }

    private static (string, int)? InsertEmptyBrackets(string text)
    {
        var lines = Lines(text);
        int footnotes = FirstFootnoteLine(lines);
        for (int i = 1; i < footnotes; i++)
        {
            if (lines[i].Length < 80) continue;
            int space = lines[i].IndexOf(' ', 40);
            if (space <= 0) continue;
            lines[i] = lines[i].Insert(space, " []");
            return (Join(lines), i + 1);
        }
        return null;
    }

    private static (string, int)? LowerCasePageKeyword(string text)
    {
        var lines = Lines(text);
        for (int i = 0; i < lines.Length; i++)
        {
            int at = lines[i].IndexOf("[Page ", StringComparison.Ordinal);
            if (at < 0) continue;
            lines[i] = lines[i].Remove(at + 1, 1).Insert(at + 1, "p");
            return (Join(lines), i + 1);
        }
        return null;
    }

    /// <summary>Moves the second arabic page marker five pages on: it no longer follows the first.</summary>
    private static (string, int)? RenumberPage(string text)
    {
        var lines = Lines(text);
        int seen = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            foreach (Match page in ArabicPage().Matches(lines[i]))
            {
                if (++seen < 2) continue;
                int number = int.Parse(page.Groups["n"].Value) + 5;
                lines[i] = lines[i][..page.Index] + $"[Page {number}]" + lines[i][(page.Index + page.Length)..];
                return (Join(lines), i + 1);
            }
        }
        return null;
    }

    private static (string, int)? NumberWithoutTitle(string text)
    {
        var lines = Lines(text);
        var heading = NumberedHeading().Match(lines[0]);
        if (!heading.Success) return null;
        lines[0] = heading.Groups["number"].Value + ".";
        return (Join(lines), 1);
    }

    private static (string, int)? NumberWithoutPeriod(string text)
    {
        var lines = Lines(text);
        var heading = NumberedHeading().Match(lines[0]);
        if (!heading.Success) return null;
        lines[0] = heading.Groups["number"].Value + lines[0][(heading.Groups["number"].Length + 1)..];
        return (Join(lines), 1);
    }

    private static (string, int)? BracketedNumberUnclosed(string text)
    {
        var lines = Lines(text);
        var heading = BracketedHeading().Match(lines[0]);
        if (!heading.Success) return null;
        lines[0] = lines[0].Remove(heading.Groups["close"].Index, 1);
        return (Join(lines), 1);
    }

    /// <summary>Makes the dateline's date February 30.</summary>
    private static (string, int)? ImpossibleDate(string text)
    {
        var lines = Lines(text);
        for (int i = 1; i < Math.Min(lines.Length, 8); i++)
        {
            var date = DatelineDate().Match(lines[i]);
            if (!date.Success) continue;
            lines[i] = lines[i][..date.Index] + "February 30, " + date.Groups["year"].Value + lines[i][(date.Index + date.Length)..];
            return (Join(lines), i + 1);
        }
        return null;
    }

    /// <summary>Writes the first page range (after 'pages' or 'pp.') with a hyphen instead of its en dash.</summary>
    private static (string, int)? HyphenatedRange(string text)
    {
        var lines = Lines(text);
        for (int i = 0; i < lines.Length; i++)
        {
            var range = PageRange().Match(lines[i]);
            if (!range.Success) continue;
            lines[i] = lines[i][..range.Groups["dash"].Index] + "-" + lines[i][(range.Groups["dash"].Index + 1)..];
            return (Join(lines), i + 1);
        }
        return null;
    }

    private static int FirstFootnoteLine(string[] lines)
    {
        int first = lines.Length;
        for (int i = lines.Length - 1; i > 0 && (lines[i].Length == 0 || FootnoteBody().IsMatch(lines[i])); i--)
            if (lines[i].Length > 0) first = i;
        return first;
    }

    /// <summary>The 1-based line of the body marker with <paramref name="label"/>, when it is glued to a letter or to closing punctuation after a letter.</summary>
    private static int? FindGluedMarker(string[] lines, string label, int footnoteLine)
    {
        var pattern = new Regex(@"(?<=[A-Za-z][.,;:)”’]?)" + Regex.Escape(label) + @"(?![0-9A-Za-z])");
        for (int i = 0; i < FirstFootnoteLine(lines) && i < footnoteLine; i++)
        {
            if (pattern.IsMatch(lines[i])) return i + 1;
        }
        return null;
    }

    [GeneratedRegex(@"^  (?<label>\d+[a-z]?)\. ")]
    private static partial Regex FootnoteBody();

    [GeneratedRegex(@"\[Page (?<n>\d+)\]")]
    private static partial Regex ArabicPage();

    [GeneratedRegex(@"^(?<number>\d+)\. \S")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^\[\d+(?<close>\]) ")]
    private static partial Regex BracketedHeading();

    [GeneratedRegex(@"(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, (?<year>\d{4})")]
    private static partial Regex DatelineDate();

    [GeneratedRegex(@"\b(?:pages|pp\.) \d+(?<dash>–)\d+")]
    private static partial Regex PageRange();
}
