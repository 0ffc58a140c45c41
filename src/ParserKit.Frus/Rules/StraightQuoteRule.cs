using ParserKit.Diagnostics;
using ParserKit.Frus.Analysis;
using ParserKit.Text;

namespace ParserKit.Frus.Rules;

/// <summary>
/// FRUS0009: a straight <c>"</c> or <c>'</c> in a document that otherwise uses the curly form of that mark
/// (<c>“ ”</c> for double quotes, <c>‘ ’</c> for single quotes and apostrophes). The fix writes the curly form the
/// context calls for.
/// </summary>
public sealed class StraightQuoteRule : FrusRule
{
    /// <summary>The descriptor of FRUS0009.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0009", "Straight quotes in a curly-quoted document",
        "Straight {0} in a document that otherwise writes {1}; write '{2}'",
        "Typography", DiagnosticSeverity.Info,
        "A document should not mix straight and curly forms of the same mark: a straight \" where the rest of the document has “ ”, or a straight ' where it has ‘ ’. A document typed consistently with straight marks is not reported, nor is a mark after a digit (5'10\", feet and inches). The fix writes the curly form the context calls for: “ or ‘ at the start of a word, ” or ’ elsewhere (apostrophes included).");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        string text = context.Text.ToString();
        var runs = new List<TextSpan>();
        bool curlyDouble = false, curlySingle = false;
        foreach (var block in Prose.Blocks(context.Document))
        {
            Prose.CollectRuns(block, runs);
            foreach (var run in runs)
            {
                var chars = text.AsSpan(run.Start, run.Length);
                curlyDouble |= chars.IndexOfAny('“', '”') >= 0;
                curlySingle |= chars.IndexOfAny('‘', '’') >= 0;
            }
            if (curlyDouble && curlySingle) break;
        }
        if (!curlyDouble && !curlySingle) return;
        foreach (var block in Prose.Blocks(context.Document))
        {
            Prose.CollectRuns(block, runs);
            foreach (var run in runs)
            {
                for (int i = run.Start; i < run.End; i++)
                {
                    // Most runs hold no straight quote at all: jump to the next one, if any.
                    int next = text.AsSpan(i, run.End - i).IndexOfAny('"', '\'');
                    if (next < 0) break;
                    i += next;
                    char c = text[i];
                    if (!(c == '"' && curlyDouble) && !(c == '\'' && curlySingle)) continue;
                    // After a digit the mark is a unit (5'10", 12") rather than a quotation mark.
                    if (i > 0 && char.IsAsciiDigit(text[i - 1])) continue;
                    char curly = QuoteMarks.CurlyFormOf(text, i);
                    var span = new TextSpan(i, 1);
                    var fix = new CodeFix($"Write '{curly}'", [new TextChange(span, curly.ToString())]);
                    context.Report(span, fix, c == '"' ? "double quote '\"'" : "quote or apostrophe '''", c == '"' ? "“ ”" : "‘ ’", curly);
                }
            }
        }
    }
}
