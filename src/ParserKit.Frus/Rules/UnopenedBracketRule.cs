using ParserKit.Diagnostics;
using ParserKit.Frus.Syntax;

namespace ParserKit.Frus.Rules;

/// <summary>FRUS0002: a <c>]</c> with no <c>[</c> before it in its paragraph.</summary>
public sealed class UnopenedBracketRule : FrusRule
{
    /// <summary>The descriptor of FRUS0002.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0002", "Unopened closing bracket",
        "']' has no matching '[' in this paragraph; add the '[' where the insert starts, or remove the ']'",
        "Brackets", DiagnosticSeverity.Error,
        "Every ']' closes a '[' earlier in the same paragraph. A lone ']' usually means the opening bracket was lost in transcription.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        foreach (var skipped in context.Document.Index.SkippedTexts)
        {
            if (skipped.Reason == SkippedTextReason.UnopenedBracket) context.Report(skipped.Token.Span);
        }
    }
}
