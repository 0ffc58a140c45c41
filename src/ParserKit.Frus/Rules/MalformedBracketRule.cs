using ParserKit.Diagnostics;
using ParserKit.Frus.Analysis;
using ParserKit.Frus.Syntax;
using ParserKit.Text;

namespace ParserKit.Frus.Rules;

/// <summary>FRUS0015: empty brackets <c>[]</c>, or a page marker that is not of the printed form (<c>[Page ]</c>, <c>[Page 7a9]</c>, <c>[page 759]</c>).</summary>
public sealed class MalformedBracketRule : FrusRule
{
    /// <summary>The descriptor of FRUS0015.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0015", "Empty brackets or malformed page marker",
        "{0}",
        "Pages", DiagnosticSeverity.Error,
        "Page markers read '[Page 759]', '[Facsimile Page 1]', '[Typeset Page 1609]', '[Page VII]' or '[Page [X]]'; brackets always hold text.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        foreach (var node in context.Document.Index.Brackets)
        {
            switch (node)
            {
                case EditorialInsertSyntax insert when !insert.IsUnclosed && insert.IsBlank:
                    context.Report(insert.Span, "Empty brackets '[]'; fill in the editorial text or remove the brackets");
                    break;
                case PageMarkerSyntax marker when !marker.CloseBracketToken.IsMissing && !marker.IsWellFormed:
                    ReportPageMarker(context, marker);
                    break;
            }
        }
    }

    private static void ReportPageMarker(RuleContext context, PageMarkerSyntax marker)
    {
        string written = marker.ToString();
        if (marker.NumberToken.IsMissing)
        {
            context.Report(marker.Span, $"Page marker '{written}' has no page number; write the number, as in '[Page 759]'");
            return;
        }
        string keyword = CanonicalKeyword(marker.PageKind);
        string expected = $"[{keyword} {marker.Number}]";
        if (marker.Value is null)
        {
            context.Report(marker.Span, $"Page marker '{written}' has a page number that is neither arabic nor roman; write it as in '[Page 759]' or '[Page VII]'");
            return;
        }
        var fix = new CodeFix($"Write '{expected}'", [new TextChange(marker.Span, expected)]);
        context.Report(marker.Span, fix, $"Page marker '{written}' is not in the printed form; write '{expected}'");
    }

    private static string CanonicalKeyword(PageKind kind) => kind switch
    {
        PageKind.Facsimile => "Facsimile Page",
        PageKind.Typeset => "Typeset Page",
        _ => "Page",
    };
}
