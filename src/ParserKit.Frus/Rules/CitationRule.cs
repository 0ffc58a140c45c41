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
        CheckIbid(context);
        foreach (var run in Prose.Runs(context.Document))
        {
            CheckPageRanges(context, run);
            CheckVolumeNumbers(context, run);
        }
    }

    /// <summary>Reads the body (heading left out: its words are a title, not a citation), then the footnotes in order.</summary>
    private static void CheckIbid(RuleContext context)
    {
        var heading = context.Document.Heading;
        var runs = Prose.BodyParagraphs(context.Document).Where(p => p != heading).SelectMany(Prose.Runs)
            .Concat(context.Document.Footnotes.SelectMany(Prose.Runs));
        bool cited = false;
        foreach (var run in runs)
        {
            string text = run.Text;
            int firstCitation = cited ? -1 : CitationWords().Match(text) is { Success: true } citation ? citation.Index : int.MaxValue;
            foreach (Match ibid in Ibid().Matches(text))
            {
                if (ibid.Index > firstCitation) break;
                context.Report(new TextSpan(run.Span.Start + ibid.Index, ibid.Length),
                    $"'{ibid.Value}' has no earlier citation in this document to refer to; write the citation out (where a volume numbers its footnotes through the volume, 'ibid.' points into the previous document)");
            }
            cited |= firstCitation != int.MaxValue;
        }
    }

    private static void CheckPageRanges(RuleContext context, SyntaxToken run)
    {
        string text = run.Text;
        foreach (var range in NumberRanges.FindCited(text))
        {
            if (range.Kind != RangeKind.Pages || range.Last >= range.First) continue;
            string written = text[range.Start..range.End];
            context.Report(new TextSpan(run.Span.Start + range.Start, range.End - range.Start),
                $"The page range '{written}' runs backwards; check both page numbers against the source");
        }
    }

    private static void CheckVolumeNumbers(RuleContext context, SyntaxToken run)
    {
        string text = run.Text;
        foreach (Match match in VolumeNumber().Matches(text))
        {
            var number = match.Groups["number"];
            bool abbreviated = match.Groups["keyword"].Value.EndsWith('.');
            // Lowercase numerals only after the abbreviation: "vol. iv" is a citation, "volume did" is prose.
            bool looksRoman = number.Value.All(IsRomanLetter) && (number.Value.All(char.IsUpper) || (abbreviated && number.Value.All(char.IsLower)));
            if (!looksRoman || RomanNumeral.Parse(number.ValueSpan) is not null) continue;
            context.Report(new TextSpan(run.Span.Start + number.Index, number.Length),
                $"The volume number '{number.Value}' is not a valid Roman numeral; check it against the source");
        }
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
