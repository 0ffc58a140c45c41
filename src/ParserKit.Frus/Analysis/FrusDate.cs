using System.Globalization;
using System.Text.RegularExpressions;

namespace ParserKit.Frus.Analysis;

/// <summary>A calendar date as FRUS prints it: <c>February 18</c>, <c>October 26, 1956</c>, <c>Jan. 23, 1915</c>.</summary>
/// <param name="Month">1 to 12.</param>
/// <param name="Day">Day of the month as printed (may be impossible, such as 30 for February).</param>
/// <param name="Year">The year, when printed.</param>
/// <param name="Start">Offset of the date in the text it was found in.</param>
/// <param name="Length">Length of the date in that text.</param>
public readonly partial record struct FrusDate(int Month, int Day, int? Year, int Start, int Length)
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>True when the day exists in that month (February 29 only in leap years when the year is known).</summary>
    public bool IsPossible
    {
        get
        {
            if (Day < 1) return false;
            int max = Month == 2 ? (Year is int y && !DateTime.IsLeapYear(Math.Clamp(y, 1, 9999)) ? 28 : 29) : DateTime.DaysInMonth(2000, Month);
            return Day <= max;
        }
    }

    /// <summary>Every <c>Month D[, YYYY]</c> date in <paramref name="text"/>.</summary>
    public static IEnumerable<FrusDate> FindAll(string text)
    {
        foreach (Match match in DatePattern().Matches(text)) yield return FromMatch(match);
    }

    /// <summary>
    /// Adds every <c>Month D[, YYYY]</c> date in <paramref name="text"/> to <paramref name="found"/>, with offsets
    /// relative to <paramref name="text"/>: the same dates as <see cref="FindAll(string)"/>, without a string or a
    /// <see cref="Match"/> per date.
    /// </summary>
    internal static void FindAll(ReadOnlySpan<char> text, List<FrusDate> found)
    {
        foreach (var match in DatePattern().EnumerateMatches(text)) found.Add(FromDate(text.Slice(match.Index, match.Length), match.Index));
    }

    /// <summary>The date that ends <paramref name="text"/> (trailing punctuation ignored), or null.</summary>
    public static FrusDate? FindAtEnd(string text)
    {
        var match = DateAtEndPattern().Match(text);
        return match.Success ? FromMatch(match) : null;
    }

    /// <summary>The month number of a full or abbreviated English month name, or 0.</summary>
    public static int MonthNumber(ReadOnlySpan<char> name)
    {
        name = name.TrimEnd('.');
        if (name.Length < 3) return 0;
        for (int i = 0; i < MonthNames.Length; i++)
        {
            var full = MonthNames[i].AsSpan();
            if (name.Equals(full, StringComparison.OrdinalIgnoreCase)) return i + 1;
            if (name.Length <= 4 && full.StartsWith(name, StringComparison.OrdinalIgnoreCase)) return i + 1;
        }
        return name.Equals("Sept", StringComparison.OrdinalIgnoreCase) ? 9 : 0;
    }

    /// <inheritdoc/>
    public override string ToString()
        => Year is int year ? $"{MonthNames[Month - 1]} {Day}, {year}" : $"{MonthNames[Month - 1]} {Day}";

    private static FrusDate FromMatch(Match match)
    {
        var group = match.Groups["date"];
        int month = MonthNumber(match.Groups["month"].ValueSpan);
        int day = int.Parse(match.Groups["day"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : null;
        return new FrusDate(month, day, year, group.Index, group.Length);
    }

    /// <summary>
    /// Reads a date the pattern matched: the match is the whole date (the <c>\b</c> before it takes no width), a month
    /// name (letters, perhaps a period), one white-space character, the day, and perhaps a comma, one white-space
    /// character and the year.
    /// </summary>
    private static FrusDate FromDate(ReadOnlySpan<char> date, int start)
    {
        int monthEnd = 0;
        while (char.IsAsciiLetter(date[monthEnd]) || date[monthEnd] == '.') monthEnd++;
        int dayEnd = date.IndexOf(',');
        if (dayEnd < 0) dayEnd = date.Length;
        int month = MonthNumber(date[..monthEnd]);
        int day = int.Parse(date[(monthEnd + 1)..dayEnd], NumberStyles.None, CultureInfo.InvariantCulture);
        int? year = dayEnd < date.Length ? int.Parse(date[(dayEnd + 2)..], NumberStyles.None, CultureInfo.InvariantCulture) : null;
        return new FrusDate(month, day, year, start, date.Length);
    }

    private const string Date =
        @"(?<date>(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s(?<day>\d{1,2})(?!\d)(?:,\s(?<year>\d{4})(?!\d))?)";

    [GeneratedRegex(@"\b" + Date, RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b" + Date + @"[\s.,;:]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateAtEndPattern();
}
