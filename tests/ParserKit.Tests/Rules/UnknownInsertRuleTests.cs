using ParserKit.Diagnostics;
using static ParserKit.Tests.Rules.RuleTestKit;

namespace ParserKit.Tests.Rules;

public class UnknownInsertRuleTests
{
    [Fact]
    public void Reports_bracketed_text_of_no_known_form()
    {
        // frus1950-55Intel d190: a bracket printed in the source itself.
        const string text = """
            190. Paper Prepared by the National Security Council
            Encourage defection of [USSR and] key satellite personnel.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0013"));

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal((2, 24), StartOf(diagnostic));
        Assert.Equal("[USSR and]", SpanText(diagnostic));
        Assert.StartsWith("Bracketed text '[USSR and]' matches none of the known editorial-insert forms", diagnostic.GetMessage());
        Assert.Contains("[Omitted here is …]", diagnostic.Descriptor.Description);
    }

    [Fact]
    public void Accepts_the_known_forms()
    {
        const string text = """
            351. Memorandum for the Files
            [Washington,] August 26, 1963, 5:20 p.m.
            The President called me [Thompson] to ask my view. This could lead to a real turning [Page 759] point.
            [2 lines not declassified] [name not declassified] [Omitted here is a table of contents.]
            [Here follow a paragraph listing the participants.] [Received October 28—4:30 p.m.]
            [Paraphrase] [Enclosure] [From Miller.] [etc.] [sic] [unintelligible] [protocol?]
            the 76 [73] Senators; H[enry] L. S[timson]; Procedurally[,] mandates?
            [Source: Department of State, Central Files, POL US-USSR. Secret.]
            [86] Mr. Hay to Mr. Wu.
            """;

        Assert.Empty(Check(text, "FRUS0013"));
    }
}
