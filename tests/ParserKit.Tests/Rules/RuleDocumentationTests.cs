using ParserKit.Tests.Support;
using System.Text.RegularExpressions;
using ParserKit.Frus;
using ParserKit.Frus.Rules;

namespace ParserKit.Tests.Rules;

/// <summary>Each rule's page in docs/rules shows what the rule really does: the failing example fails where the page says, with the message it quotes, and the passing example passes.</summary>
public partial class RuleDocumentationTests
{
    public static TheoryData<string> DocumentedIds()
        => [.. RuleCatalog.All.Select(r => r.Descriptor.Id).Where(id => File.Exists(TestPaths.PathOf("docs", "rules", id + ".md")))];

    [Fact]
    public void Every_rule_has_a_page_and_a_row_in_the_index()
    {
        string index = File.ReadAllText(TestPaths.PathOf("docs", "rules", "README.md"));
        Assert.All(RuleCatalog.All, rule =>
        {
            string id = rule.Descriptor.Id;
            Assert.True(File.Exists(TestPaths.PathOf("docs", "rules", id + ".md")), $"docs/rules/{id}.md is missing");
            Assert.Contains($"| {id} | {rule.Descriptor.Title} |", index, StringComparison.Ordinal);
            Assert.Equal(FrusRule.HelpRoot + id + ".md", rule.Descriptor.HelpLinkUri);
        });
    }

    [Theory]
    [MemberData(nameof(DocumentedIds))]
    public void Failing_example_reports_the_rule_where_the_page_says(string id)
    {
        string page = File.ReadAllText(TestPaths.PathOf("docs", "rules", id + ".md"));
        var diagnostics = FrusSyntaxTree.ParseText(Example(page, "Failing example"), id).GetDiagnostics();

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(id, d.Id));
        var stated = ReportedLine().Match(page);
        Assert.True(stated.Success, $"{id}.md says on which line the rule is reported");
        Assert.Equal(int.Parse(stated.Groups["line"].Value), diagnostics[0].Location.GetLineSpan().Span.Start.Line + 1);
        var quoted = QuotedMessage().Match(page, page.IndexOf("## Failing example", StringComparison.Ordinal));
        if (quoted.Success) Assert.Equal(quoted.Groups["message"].Value, diagnostics[0].GetMessage());
    }

    [Theory]
    [MemberData(nameof(DocumentedIds))]
    public void Passing_example_reports_nothing(string id)
    {
        string page = File.ReadAllText(TestPaths.PathOf("docs", "rules", id + ".md"));

        Assert.Empty(FrusSyntaxTree.ParseText(Example(page, "Passing example"), id).GetDiagnostics());
    }

    private static string Example(string page, string section)
    {
        var match = Regex.Match(page, "## " + section + @"\s*```text\n(?<text>.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"the page has a {section}");
        return match.Groups["text"].Value;
    }

    [GeneratedRegex(@"FRUS\d{4} is reported (?:\w+ )?on line (?<line>\d+)")]
    private static partial Regex ReportedLine();

    [GeneratedRegex(@"^> (?<message>.+)$", RegexOptions.Multiline)]
    private static partial Regex QuotedMessage();
}
