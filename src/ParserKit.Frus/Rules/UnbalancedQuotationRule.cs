using ParserKit.Diagnostics;
using ParserKit.Frus.Analysis;
using ParserKit.Frus.Syntax;
using ParserKit.Syntax;
using ParserKit.Text;

namespace ParserKit.Frus.Rules;

/// <summary>
/// FRUS0008: curly quotation marks that do not pair up. A quotation over several paragraphs opens each paragraph
/// with <c>“</c> and closes once, so an open quotation carries on into the following paragraphs until it closes.
/// A <c>’</c> inside a word or before a digit is an apostrophe.
/// </summary>
public sealed class UnbalancedQuotationRule : FrusRule
{
    /// <summary>The descriptor of FRUS0008.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0008", "Unbalanced quotation marks",
        "{0}",
        "Typography", DiagnosticSeverity.Warning,
        "Every “ has its ” and every ‘ its ’. A quotation that runs over several paragraphs opens each paragraph with “ and closes only at its end; that is not reported. A ’ inside a word (President’s) or before a digit (’70s) is an apostrophe, and a ’ after a word (the Soviets’ view) may be one, so a lone ’ is not reported either. Each footnote is checked on its own.");

    private readonly record struct QuotePair(char Open, char Close)
    {
        public bool IsSingle => Open == '‘';
    }

    private static readonly QuotePair[] Pairs = [new('“', '”'), new('‘', '’')];

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var text = context.Text.ToString();
        var scan = new Scan(context, text);
        foreach (var pair in Pairs)
        {
            int carried = -1; // the opening mark of a quotation that runs on over paragraph ends
            foreach (var paragraph in Prose.BodyParagraphs(context.Document)) scan.Paragraph(paragraph, pair, ref carried);
            if (carried >= 0) ReportUnclosed(context, carried, pair);
            foreach (var footnote in context.Document.Footnotes)
            {
                int carriedInFootnote = -1;
                scan.Paragraph(footnote, pair, ref carriedInFootnote);
                if (carriedInFootnote >= 0) ReportUnclosed(context, carriedInFootnote, pair);
            }
        }
    }

    /// <summary>Checks paragraph after paragraph, with one list of runs and one of open marks reused for all of them.</summary>
    private sealed class Scan(RuleContext context, string text)
    {
        private readonly List<TextSpan> _runs = [];
        private readonly List<int> _open = [];

        public void Paragraph(SyntaxNode paragraph, QuotePair pair, ref int carried)
        {
            var open = _open;
            open.Clear();
            bool atStart = true;
            Prose.CollectRuns(paragraph, _runs);
            foreach (var run in _runs)
            {
                for (int i = run.Start; i < run.End; i++)
                {
                    // Past the start of the paragraph only the marks of the pair matter: jump to the next one.
                    if (!atStart)
                    {
                        int next = text.AsSpan(i, run.End - i).IndexOfAny(pair.Open, pair.Close);
                        if (next < 0) break;
                        i += next;
                    }
                    char c = text[i];
                    if (c == pair.Open)
                    {
                        // The paragraph of a running quotation opens it again; that is not a new quotation.
                        if (!(atStart && carried >= 0 && open.Count == 0)) open.Add(i);
                    }
                    else if (c == pair.Close && !(pair.IsSingle && QuoteMarks.IsApostrophe(text, i)))
                    {
                        if (open.Count > 0) open.RemoveAt(open.Count - 1);
                        else if (carried >= 0) carried = -1;
                        // A lone ’ after a word is as likely a plural possessive (the Soviets’ view) as a stray quote.
                        else if (!pair.IsSingle) ReportUnopened(context, i, pair);
                    }
                    if (c != '“' && c != '‘' && !char.IsWhiteSpace(c)) atStart = false;
                }
            }
            if (open.Count == 0) return;
            int first = 0;
            if (carried < 0)
            {
                carried = open[0];
                first = 1;
            }
            for (int k = first; k < open.Count; k++) ReportUnclosed(context, open[k], pair);
        }
    }

    private static void ReportUnclosed(RuleContext context, int position, QuotePair pair)
        => context.Report(new TextSpan(position, 1),
            $"'{pair.Open}' opens a quotation that is never closed; add '{pair.Close}' where the quotation ends (a quotation over several paragraphs opens each paragraph with '{pair.Open}' and closes once, at its end)");

    private static void ReportUnopened(RuleContext context, int position, QuotePair pair)
        => context.Report(new TextSpan(position, 1),
            $"'{pair.Close}' closes no quotation; add the opening '{pair.Open}' where the quotation starts, or turn the mark round if it should open one");
}
