using System.Text.RegularExpressions;
using ParserKit.Diagnostics;
using ParserKit.Frus.Analysis;
using ParserKit.Syntax;
using ParserKit.Text;

namespace ParserKit.Frus.Rules;

/// <summary>
/// FRUS0012: citation problems: <c>ibid.</c> with no earlier citation in the document, a page range that runs
/// backwards (<c>pages 866–861</c>), a volume number that is not a valid Roman numeral (<c>volume XIIV</c>).
/// </summary>
public sealed partial class CitationRule : FrusRule
{
    /// <summary>The descriptor of FRUS0012.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0012", "Citation problem",
        "{0}",
        "Citations", DiagnosticSeverity.Warning,
        "'Ibid.' repeats the citation before it, so it needs an earlier citation in the same document (the source note, an earlier footnote or the text). Page ranges after page, pages, p. or pp. run forwards (pages 861–862; abbreviated ends such as 1390–94 are read as 1394). Volume numbers are Roman numerals (volume XI, vol. VII).");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        string text = context.Text.ToString();
        var runs = new List<TextSpan>();
        CheckIbid(context, text, runs);
        var ranges = new List<NumberRange>();
        foreach (var block in Prose.Blocks(context.Document))
        {
            Prose.CollectRuns(block, runs);
            foreach (var run in runs)
            {
                CheckPageRanges(context, text, run, ranges);
                CheckVolumeNumbers(context, text, run);
            }
        }
    }

    /// <summary>
    /// Reads the body (heading left out: its words are a title, not a citation), then the footnotes in order, up to
    /// the first citation: every 'ibid.' after it has something to refer to.
    /// </summary>
    private static void CheckIbid(RuleContext context, string text, List<TextSpan> runs)
    {
        var heading = context.Document.Heading;
        foreach (var paragraph in Prose.BodyParagraphs(context.Document))
        {
            if (paragraph != heading && CheckIbidUntilCited(context, text, paragraph, runs)) return;
        }
        foreach (var footnote in context.Document.Footnotes)
        {
            if (CheckIbidUntilCited(context, text, footnote, runs)) return;
        }
    }

    /// <summary>Reports each 'ibid.' of <paramref name="paragraph"/> before its first citation; true when there is one.</summary>
    private static bool CheckIbidUntilCited(RuleContext context, string text, SyntaxNode paragraph, List<TextSpan> runs)
    {
        Prose.CollectRuns(paragraph, runs);
        foreach (var run in runs)
        {
            var chars = text.AsSpan(run.Start, run.Length);
            int firstCitation = int.MaxValue;
            foreach (var citation in CitationWords().EnumerateMatches(chars))
            {
                firstCitation = citation.Index;
                break;
            }
            foreach (var ibid in Ibid().EnumerateMatches(chars))
            {
                if (ibid.Index > firstCitation) break;
                context.Report(new TextSpan(run.Start + ibid.Index, ibid.Length),
                    $"'{chars.Slice(ibid.Index, ibid.Length)}' has no earlier citation in this document to refer to; write the citation out (where a volume numbers its footnotes through the volume, 'ibid.' points into the previous document)");
            }
            if (firstCitation != int.MaxValue) return true;
        }
        return false;
    }

    private static void CheckPageRanges(RuleContext context, string text, TextSpan run, List<NumberRange> ranges)
    {
        var chars = text.AsSpan(run.Start, run.Length);
        // A range needs its hyphen or en dash, and most runs have neither.
        if (chars.IndexOfAny('-', '–') < 0) return;
        ranges.Clear();
        NumberRanges.FindCited(chars, ranges);
        foreach (var range in ranges)
        {
            if (range.Kind != RangeKind.Pages || range.Last >= range.First) continue;
            context.Report(new TextSpan(run.Start + range.Start, range.End - range.Start),
                $"The page range '{chars[range.Start..range.End]}' runs backwards; check both page numbers against the source");
        }
    }

    private static void CheckVolumeNumbers(RuleContext context, string text, TextSpan run)
    {
        var chars = text.AsSpan(run.Start, run.Length);
        foreach (var match in VolumeNumber().EnumerateMatches(chars))
        {
            // The match is keyword, spaces, number: the number is the letters that end it, the keyword what comes before the first space.
            var written = chars.Slice(match.Index, match.Length);
            int numberStart = written.Length;
            while (numberStart > 0 && char.IsAsciiLetter(written[numberStart - 1])) numberStart--;
            var number = written[numberStart..];
            bool abbreviated = written[..written.IndexOfAny(' ', '\u00A0')].EndsWith('.');
            if (!LooksRoman(number, abbreviated) || RomanNumeral.Parse(number) is not null) continue;
            context.Report(new TextSpan(run.Start + match.Index + numberStart, number.Length),
                $"The volume number '{number}' is not a valid Roman numeral; check it against the source");
        }
    }

    /// <summary>Roman letters all in one case; lowercase numerals only after the abbreviation: "vol. iv" is a citation, "volume did" is prose.</summary>
    private static bool LooksRoman(ReadOnlySpan<char> number, bool abbreviated)
    {
        bool allUpper = true, allLower = true;
        foreach (char c in number)
        {
            if (!IsRomanLetter(c)) return false;
            allUpper &= char.IsUpper(c);
            allLower &= char.IsLower(c);
        }
        return allUpper || (abbreviated && allLower);
    }

    private static bool IsRomanLetter(char c) => "IVXLCDMivxlcdm".Contains(c);

    [GeneratedRegex(@"\b[Ii]bid\b\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Ibid();

    /// <summary>Words that show a citation: a source note, a publication, an archive, a page, a file number.</summary>
    [GeneratedRegex(@"Source:|Foreign Relations|\bFiles?\b|\bPapers\b|\bLibrary\b|\bArchives\b|\bBulletin\b|\bRecords?\b|\bRecord Group\b|\bLot \d|\bRG \d|\bBox \d|\bDocuments? \d|\bpp?\.\s?[\dIVXLCivxlc]|\bpages? \d|\bvol\.|\b[Vv]olumes? [IVXLC]|\bsupp\.|\d{3}\.[\dA-Za-z]+/\w|\b(?:[Tt]elegrams?|[Dd]espatch|[Dd]eptel|[Ee]mbtel)\s(?:No\.\s)?\d|\bCongressional Record\b|\bTreaty Series\b|\bStatutes\b|\bPublic Papers\b", RegexOptions.CultureInvariant)]
    private static partial Regex CitationWords();

    [GeneratedRegex(@"\b(?<keyword>[Vv]olumes?|[Vv]ols?\.)[ \u00A0]+(?<number>[A-Za-z]+)\b(?![’'])", RegexOptions.CultureInvariant)]
    private static partial Regex VolumeNumber();
}
