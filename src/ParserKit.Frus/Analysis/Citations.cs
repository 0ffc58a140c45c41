using System.Buffers;
using System.Text.RegularExpressions;

namespace ParserKit.Frus.Analysis;

/// <summary>What a citation points at.</summary>
public enum CitationKind
{
    /// <summary>Another FRUS volume: <c>Foreign Relations, 1961–1963, volume XI, pages 861–862</c>.</summary>
    ForeignRelations,
    /// <summary>The previous citation: <c>ibid.</c>, <c>ibid., pages 866–867</c>.</summary>
    Ibid,
    /// <summary>A document of this volume: <c>Document 350</c>, <c>footnote 2, Document 160</c>, <c>Documents 72 and 73</c>.</summary>
    Document,
}

/// <summary>The parts of a citation, as printed.</summary>
/// <param name="Kind">What it points at.</param>
/// <param name="Years">The volume's years (<c>1961–1963</c>), for FRUS volumes.</param>
/// <param name="Volume">The volume number as printed (<c>XI</c>), if any.</param>
/// <param name="Part">The part (<c>2</c> in <c>vol. VII, Part 2</c>), if any.</param>
/// <param name="FirstPage">The first page as printed, if any.</param>
/// <param name="LastPage">The last page of a range as printed, if any.</param>
/// <param name="DocumentNumber">The document number, for document citations.</param>
/// <param name="Footnote">The footnote label in <c>footnote 2, Document 160</c>, if any.</param>
public sealed record CitationParts(
    CitationKind Kind,
    string? Years,
    string? Volume,
    string? Part,
    string? FirstPage,
    string? LastPage,
    string? DocumentNumber,
    string? Footnote)
{
    /// <summary>The volume number's value (roman or arabic), or null when absent or not a number.</summary>
    public int? VolumeNumber => Volume is null ? null : PageNumber.Parse(Volume);
}

/// <summary>
/// Finds and reads citations in prose (conventions §1.11). Only the forms FRUS prints are recognised, so an
/// ordinary sentence is never mistaken for one.
/// </summary>
public static partial class Citations
{
    private static readonly SearchValues<string> Triggers =
        SearchValues.Create(["Foreign Relations", "ibid.", "Ibid.", "Document", "footnote"], StringComparison.Ordinal);

    /// <summary>Every citation in <c>text[start..end)</c>, as (start, length) pairs in order.</summary>
    public static IEnumerable<(int Start, int Length)> Find(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).IndexOfAny(Triggers) < 0) return [];
        // The input is text[..end] as before (so \b still sees the character before start), but as a span:
        // copying the prefix made lexing quadratic in the length of the document.
        var found = new List<(int Start, int Length)>();
        foreach (var match in Pattern().EnumerateMatches(text.AsSpan(0, end), start))
        {
            if (match.Index >= start) found.Add((match.Index, match.Length));
        }
        return found;
    }

    /// <summary>The parts of a citation's text, or null when it is not one.</summary>
    public static CitationParts? Parse(string citation)
    {
        var match = Pattern().Match(citation);
        if (!match.Success || match.Index != 0 || match.Length != citation.Length) return null;
        string? Value(string group) => match.Groups[group].Success ? match.Groups[group].Value : null;
        var kind = match.Groups["frus"].Success ? CitationKind.ForeignRelations
            : match.Groups["ibid"].Success ? CitationKind.Ibid
            : CitationKind.Document;
        return new CitationParts(kind, Value("years"), Value("volume"), Value("part"), Value("first"), Value("last"), Value("document"), Value("footnote"));
    }

    private const string Pages = @"(?:,?\s(?:pages|page|pp\.|p\.)\s(?<first>[0-9]+|[ivxlcdm]+|[IVXLCDM]+)(?:[–-](?<last>[0-9]+|[ivxlcdm]+|[IVXLCDM]+))?)";

    [GeneratedRegex(
        @"(?<frus>Foreign\sRelations,?\s(?<years>1[7-9]\d\d(?:[–-](?:1[7-9]|20)?\d\d)?)(?:,\s(?:supp\.|Supplement))?" +
        @"(?:,\s(?:volume|Volume|vol\.|Vol\.)\s(?<volume>[IVXLCDM]+\b|\d+))?(?:,\s(?:Part|part|pt\.)\s(?<part>\d+|[IVX]+\b))?" + Pages + "?)" +
        @"|(?<ibid>\b[Ii]bid\." + Pages + "?)" +
        @"|(?:\b[Ff]ootnote\s(?<footnote>\d+[a-z]?),\s)?\bDocuments?\s(?<document>\d+)(?:(?:,\sand\s|\sand\s|,\s|[–-])\d+)*",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
