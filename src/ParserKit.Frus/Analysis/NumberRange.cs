using System.Globalization;
using System.Text.RegularExpressions;

namespace ParserKit.Frus.Analysis;

/// <summary>What a range counts.</summary>
internal enum RangeKind
{
    /// <summary>After <c>page</c>, <c>pages</c>, <c>p.</c> or <c>pp.</c>: <c>pages 861–862</c>, <c>pp. xii–xiv</c>.</summary>
    Pages,
    /// <summary>After <c>Document</c> or <c>Documents</c>: <c>Documents 31–53</c>.</summary>
    Documents,
    /// <summary>Two years: <c>1961–1963</c>, <c>1964–65</c>.</summary>
    Years,
}

/// <summary>
/// A numeric range in running text, found only where it is surely a range (conventions, ambiguity 12): after a
/// page or document keyword, or two years from 1700 to 2099. Offsets are relative to the text searched.
/// </summary>
/// <param name="Start">Offset of the first number.</param>
/// <param name="Separator">Offset of the hyphen or en dash.</param>
/// <param name="End">Offset just after the last number.</param>
/// <param name="First">The first number's value.</param>
/// <param name="Last">The last number's value, with abbreviated digits filled in (<c>1390–94</c> ends at 1394).</param>
/// <param name="Kind">What the range counts.</param>
internal readonly record struct NumberRange(int Start, int Separator, int End, int First, int Last, RangeKind Kind)
{
    /// <summary>True when the separator is a hyphen rather than an en dash.</summary>
    public bool HasHyphen(ReadOnlySpan<char> text) => text[Separator] == '-';
}

/// <summary>Finds <see cref="NumberRange"/>s. Archival numbers (<c>611.247/2-961</c>, <c>84-84-001</c>, <c>1/63-3/63</c>, <c>DEF 18-4</c>) are not ranges.</summary>
internal static partial class NumberRanges
{
    /// <summary>
    /// Adds to <paramref name="found"/> the ranges in lists after a page or document keyword: <c>pp. 766–767, 835–836</c>,
    /// <c>Documents 31-53</c>. Offsets are relative to <paramref name="text"/>.
    /// </summary>
    public static void FindCited(ReadOnlySpan<char> text, List<NumberRange> found)
    {
        foreach (var keyword in CitationKeyword().EnumerateMatches(text))
        {
            var kind = char.ToLowerInvariant(text[keyword.Index]) == 'd' ? RangeKind.Documents : RangeKind.Pages;
            int position = keyword.Index + keyword.Length;
            while (ReadNumber(text, position, kind, out int firstEnd, out int first))
            {
                int afterItem = firstEnd;
                if (firstEnd + 1 < text.Length && text[firstEnd] is '-' or '–'
                    && ReadNumber(text, firstEnd + 1, kind, out int lastEnd, out int last)
                    && PlainDigitsOrSameRoman(text, position, firstEnd, firstEnd + 1, lastEnd))
                {
                    // A number running on into a longer token ends the search of the whole text, not only of this list.
                    if (!EndsCleanly(text, lastEnd)) return;
                    found.Add(new NumberRange(position, firstEnd, lastEnd, first, Expand(text, position, firstEnd, firstEnd + 1, lastEnd, last), kind));
                    afterItem = lastEnd;
                }
                else if (!EndsCleanly(text, firstEnd))
                {
                    return;
                }
                int separator = ListSeparatorLength(text, afterItem);
                if (separator < 0) break;
                position = afterItem + separator;
            }
        }
    }

    /// <summary>
    /// Adds to <paramref name="found"/> the year ranges: <c>1961-1963</c>, <c>1964-65</c> (the second year later than
    /// the first, within a century). Offsets are relative to <paramref name="text"/>.
    /// </summary>
    public static void FindYears(ReadOnlySpan<char> text, List<NumberRange> found)
    {
        foreach (var match in YearRange().EnumerateMatches(text))
        {
            // The match is exactly first year (4 digits), separator, last year (4 or 2 digits): the lookarounds take no width.
            var written = text.Slice(match.Index, match.Length);
            var lastDigits = written[5..];
            int first = int.Parse(written[..4], NumberStyles.None, CultureInfo.InvariantCulture);
            int last = int.Parse(lastDigits, NumberStyles.None, CultureInfo.InvariantCulture);
            if (lastDigits.Length == 2) last += first / 100 * 100;
            if (last <= first || last - first > 100 || last > 2099) continue;
            found.Add(new NumberRange(match.Index, match.Index + 4, match.Index + match.Length, first, last, RangeKind.Years));
        }
    }

    /// <summary>The length of the list separator (<c>, </c>, <c>, and </c>, <c> and </c>) at <paramref name="position"/>, or -1.</summary>
    private static int ListSeparatorLength(ReadOnlySpan<char> text, int position)
    {
        foreach (var separator in ListSeparator().EnumerateMatches(text, position)) return separator.Length;
        return -1;
    }

    /// <summary>Digits, or (for pages) a roman numeral: <c>861</c>, <c>xii</c>, <c>VII</c>.</summary>
    private static bool ReadNumber(ReadOnlySpan<char> text, int position, RangeKind kind, out int end, out int value)
    {
        end = position;
        value = 0;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        if (end > position)
        {
            if (end - position > 6) return false;
            value = int.Parse(text.Slice(position, end - position), NumberStyles.None, CultureInfo.InvariantCulture);
            return true;
        }
        if (kind != RangeKind.Pages) return false;
        while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
        if (end == position || RomanNumeral.Parse(text.Slice(position, end - position)) is not int roman)
        {
            end = position;
            return false;
        }
        value = roman;
        return true;
    }

    /// <summary>Both ends arabic, or both roman: <c>xii–xiv</c>, not <c>5–x</c>.</summary>
    private static bool PlainDigitsOrSameRoman(ReadOnlySpan<char> text, int firstStart, int firstEnd, int lastStart, int lastEnd)
        => char.IsAsciiDigit(text[firstStart]) == char.IsAsciiDigit(text[lastStart])
            && (char.IsAsciiDigit(text[firstStart]) || char.IsUpper(text[firstStart]) == char.IsUpper(text[lastStart]))
            && firstEnd > firstStart && lastEnd > lastStart;

    /// <summary>A number ends at a space or punctuation, not inside a longer token (<c>861-862/3</c>, <c>12-4-63</c>).</summary>
    private static bool EndsCleanly(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length) return true;
        char c = text[end];
        if (char.IsLetterOrDigit(c)) return false;
        return !(c is '/' or '-' or '–' or '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]));
    }

    /// <summary>Fills in abbreviated digits: <c>1390–94</c> ends at 1394.</summary>
    private static int Expand(ReadOnlySpan<char> text, int firstStart, int firstEnd, int lastStart, int lastEnd, int last)
    {
        int firstDigits = firstEnd - firstStart, lastDigits = lastEnd - lastStart;
        if (!char.IsAsciiDigit(text[firstStart]) || lastDigits >= firstDigits) return last;
        Span<char> expanded = stackalloc char[firstDigits];
        text.Slice(firstStart, firstDigits - lastDigits).CopyTo(expanded);
        text.Slice(lastStart, lastDigits).CopyTo(expanded[(firstDigits - lastDigits)..]);
        return int.Parse(expanded, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\b(?:[Pp]ages?|pp?\.|[Dd]ocuments?)[ \u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex CitationKeyword();

    [GeneratedRegex(@"\G(?:,[ \u00A0]*(?:and[ \u00A0]+)?|[ \u00A0]+and[ \u00A0]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"(?<![\w/.\-–])(?<first>1[7-9]\d\d|20\d\d)(?<separator>[-–])(?<last>\d{4}|\d{2})(?![\w/\-–]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();
}
