using ParserKit.Diagnostics;
using ParserKit.Frus.Analysis;
using ParserKit.Frus.Syntax;
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
        string text = context.Text.ToString();
        foreach (var pair in Pairs)
        {
            Check(context, text, Prose.BodyParagraphs(context.Document), pair);
            foreach (var footnote in context.Document.Footnotes) Check(context, text, [footnote], pair);
        }
    }

    private static void Check(RuleContext context, string text, IEnumerable<FrusSyntaxNode> paragraphs, QuotePair pair)
    {
        int carried = -1; // the opening mark of a quotation that runs on over paragraph ends
        foreach (var paragraph in paragraphs)
        {
            var open = new List<int>();
            bool atStart = true;
            foreach (var run in Prose.Runs(paragraph))
            {
                for (int i = run.Span.Start; i < run.Span.End; i++)
                {
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
            if (open.Count == 0) continue;
            if (carried < 0)
            {
                carried = open[0];
                open.RemoveAt(0);
            }
            foreach (int position in open) ReportUnclosed(context, position, pair);
        }
        if (carried >= 0) ReportUnclosed(context, carried, pair);
    }

    private static void ReportUnclosed(RuleContext context, int position, QuotePair pair)
        => context.Report(new TextSpan(position, 1),
            $"'{pair.Open}' opens a quotation that is never closed; add '{pair.Close}' where the quotation ends (a quotation over several paragraphs opens each paragraph with '{pair.Open}' and closes once, at its end)");

    private static void ReportUnopened(RuleContext context, int position, QuotePair pair)
        => context.Report(new TextSpan(position, 1),
            $"'{pair.Close}' closes no quotation; add the opening '{pair.Open}' where the quotation starts, or turn the mark round if it should open one");
}
