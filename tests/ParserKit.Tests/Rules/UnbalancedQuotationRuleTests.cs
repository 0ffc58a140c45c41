using ParserKit.Diagnostics;
using static ParserKit.Tests.Rules.RuleTestKit;

namespace ParserKit.Tests.Rules;

public class UnbalancedQuotationRuleTests
{
    [Fact]
    public void Reports_a_quotation_that_is_never_closed()
    {
        // frus1930v01 d163: 'held “by the Admiralty.' and no closing mark anywhere after it.
        const string text = """
            [163] The Chairman of the American Delegation to the Secretary of State
            This would involve approval of France’s present superiority, postponing the thesis held “by the Admiralty.

            Rosso expressed his intention to have a further talk with Massigli.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0008"));

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal((2, 89), StartOf(diagnostic));
        Assert.Equal("“", SpanText(diagnostic));
        Assert.Contains("'“' opens a quotation that is never closed; add '”'", diagnostic.GetMessage());
    }

    [Fact]
    public void Reports_a_closing_mark_that_opens_nothing()
    {
        // frus1958-60v04 d109: a misoriented mark at the start of a quoted paragraph.
        const string text = """
            109. Memorandum From the Chairman of the Council on Foreign Economic Policy
            1. On signing the Trade Agreements Extension Act, the President said:
            ”... the free nations are now assured of a continuity in United States trade policy.
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0008"));

        Assert.Equal((3, 1), StartOf(diagnostic));
        Assert.Contains("'”' closes no quotation; add the opening '“'", diagnostic.GetMessage());
    }

    [Fact]
    public void Accepts_a_quotation_over_several_paragraphs_and_apostrophes()
    {
        const string text = """
            [120] The Ambassador in Germany to the Secretary of State
            “Man remarked that Germany had given ammunition to Russia. ‘Yes,’ said the Emperor; ‘because the Russians were fighting.’

            “He said it was a crime that his brave men were being killed.

            [Page 124]

            “England was responsible for the war, in the ’70s as now.”

            The President’s answer and the Soviets’ view were noted; they don’t agree.
            """;

        Assert.Empty(Check(text, "FRUS0008"));
    }

    [Fact]
    public void Accepts_a_running_quotation_whose_inner_paragraphs_do_not_reopen_it()
    {
        // frus1930v01 d144: the quoted telegram's later paragraphs carry no opening mark.
        const string text = """
            [144] The Secretary of State to the Ambassador in France
            “New York Herald has received following telegram: ‘Washington says Gibson has free hand.’

            I have declined all comment.

            Unless you have special task for me here I think it better to leave Paris.”
            """;

        Assert.Empty(Check(text, "FRUS0008"));
    }

    [Fact]
    public void Checks_each_footnote_on_its_own()
    {
        const string text = """
            351. Memorandum for the Files1
            The President called me.2

              1. Source: Department of State, Central Files. He wrote “approved.
              2. Nixon underlined the sentence and wrote: “most important for them.”
            """;

        var diagnostic = Assert.Single(Check(text, "FRUS0008"));

        Assert.Equal((4, 59), StartOf(diagnostic));
        Assert.Equal("“", SpanText(diagnostic));
    }
}
