using ParserKit.Diagnostics;
using ParserKit.Frus.Analysis;

namespace ParserKit.Frus.Rules;

/// <summary>FRUS0013: bracketed text that matches none of the editorial-insert forms ParserKit knows (<see cref="InsertCategory.Unknown"/>).</summary>
public sealed class UnknownInsertRule : FrusRule
{
    /// <summary>The descriptor of FRUS0013.</summary>
    public static readonly DiagnosticDescriptor Rule = Describe(
        "FRUS0013", "Unrecognised bracketed text",
        "Bracketed text '{0}' matches none of the known editorial-insert forms; check it against the source (a bracket printed in the source itself is normally explained in a footnote)",
        "Brackets", DiagnosticSeverity.Info,
        "Known forms: page markers [Page 759], [Facsimile Page 1], [Typeset Page 1609], [Page VII], [Page [X]]; "
        + "not declassified [2 lines not declassified], [1 paragraph (9 lines) not declassified], [name not declassified]; "
        + "[Omitted here is …]; [Here follows …] and [Here follow …]; [Received October 28—4:30 p.m.]; "
        + "labels [Paraphrase], [Extract], [Enclosure], [Attachment], [Annex A], [Tab A]; a document number opening a line [86]; routing [From Miller.], [For Miller.]; "
        + "[etc.]; [sic]; [unintelligible], [illegible]; a conjecture [protocol?]; a correction 76 [73]; "
        + "a completion H[enry] L. S[timson]; an identification me [Thompson]; supplied words [a], [been] and punctuation Procedurally[,]; "
        + "a supplied dateline place [Washington,]; an inline source note [Source: …]. Anything else may be a bracket of the source itself.");

    /// <inheritdoc/>
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Analyze(RuleContext context)
    {
        foreach (var insert in context.Document.EditorialInserts)
        {
            // Unclosed and empty brackets have their own rules (FRUS0001, FRUS0015).
            if (insert.IsUnclosed || insert.IsBlank) continue;
            string innerText = insert.InnerText; // built from the tokens, so read once
            if (InsertClassifier.Classify(insert, innerText) == InsertCategory.Unknown) context.Report(insert.Span, $"[{innerText}]");
        }
    }
}
