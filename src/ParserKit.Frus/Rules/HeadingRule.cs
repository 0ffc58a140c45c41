using ParserKit.Diagnostics;
using ParserKit.Text;

namespace ParserKit.Frus.Rules;

/// <summary>
/// FRUS0007: no heading line, or a malformed one: a number with no title (<c>353.</c>), a number without its
/// period (<c>353 Editorial Note</c>), or a bracketed number that is not closed (<c>[101 The Secretary</c>).
/// </summary>
public sealed class HeadingRule : FrusRule
{
    /// <summary>The descriptor of FRUS0007.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0007", "Missing or malformed document heading",
        "{0}",
        "Headings", DiagnosticSeverity.Error,
        "A document starts with its heading: '353. Title', '[101] Title', or a bare title in volumes that print no number. A page marker may come first.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        var heading = context.Document.Heading;
        if (heading is null)
        {
            context.Report(new TextSpan(context.Document.Span.Start, 0),
                "The document has no heading line; start it with '353. Title', '[101] Title' or the title alone");
            return;
        }
        var number = heading.Number;
        if (number is null) return;
        if (number.IsBracketed && number.CloseBracketToken.IsMissing)
            context.Report(number.Span, $"The bracketed document number '[{number.Text}' has no ']'; write '[{number.Text}] Title'");
        else if (!number.IsBracketed && number.DotToken.IsMissing)
            context.Report(number.Span, $"The document number '{number.Text}' has no period; write '{number.Text}. Title'");
        if (heading.Title.Length == 0)
            context.Report(heading.Span, $"The heading has the number {number.Text} but no title; add the title after the number");
    }
}
