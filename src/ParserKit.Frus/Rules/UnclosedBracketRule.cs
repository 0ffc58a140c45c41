using ParserKit.Diagnostics;
using ParserKit.Frus.Syntax;

namespace ParserKit.Frus.Rules;

/// <summary>FRUS0001: a <c>[</c> with no <c>]</c> before the paragraph ends. Reported at the <c>[</c>.</summary>
public sealed class UnclosedBracketRule : FrusRule
{
    /// <summary>The descriptor of FRUS0001.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0001", "Unclosed bracket",
        "{0} is not closed before the end of the paragraph; add ']' where it ends, or remove the '['",
        "Brackets", DiagnosticSeverity.Error,
        "A '[' opens an editorial insert or a page marker, and both close on the same paragraph. The rest of the paragraph is read as ordinary text.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        foreach (var node in context.Document.Index.Brackets)
        {
            switch (node)
            {
                case EditorialInsertSyntax insert when insert.IsUnclosed:
                    context.Report(insert.OpenBracketToken.Span, BracketRun.Quote(insert.OpenBracketToken));
                    break;
                case PageMarkerSyntax marker when marker.CloseBracketToken.IsMissing:
                    context.Report(marker.OpenBracketToken.Span, $"Page marker '{marker.ToString().TrimEnd()}'");
                    break;
            }
        }
    }
}
