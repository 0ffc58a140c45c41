using System.Text.RegularExpressions;
using ParserKit.Frus.Syntax;
using ParserKit.Tests.Support;

namespace ParserKit.Tests.Grammar;

/// <summary>grammar/ is the source of truth; these tests fail when it and the code drift apart.</summary>
public partial class GrammarDriftTests
{
    private static string Ebnf => File.ReadAllText(Path.Combine(TestPaths.Grammar, "frus.ebnf"));

    private static string GrammarCode => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "ParserKit.Frus", "Parsing", "FrusGrammar.cs"));

    [Fact]
    public void Every_production_in_the_ebnf_stands_word_for_word_over_its_parser_and_no_other()
    {
        var documented = Productions(WithoutComments(Ebnf), EbnfProduction()).ToList();
        var implemented = Productions(GrammarCode, CodeProduction()).ToList();
        Assert.NotEmpty(documented);
        Assert.Equal(documented.Order(StringComparer.Ordinal), implemented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_kind_named_in_a_production_exists()
    {
        var kinds = Enum.GetNames<FrusSyntaxKind>().ToHashSet(StringComparer.Ordinal);
        var named = CamelCaseName().Matches(WithoutComments(Ebnf)).Select(m => m.Value).Distinct().ToList();
        Assert.All(named, name => Assert.Contains(name, kinds));
    }

    [Fact]
    public void The_kinds_table_lists_exactly_the_kinds_of_the_enum()
    {
        var table = KindRow().Matches(File.ReadAllText(Path.Combine(TestPaths.Grammar, "kinds.md"))).Select(m => m.Groups["kind"].Value).Where(kind => kind != "Kind");
        var kinds = Enum.GetNames<FrusSyntaxKind>().Where(name => name != nameof(FrusSyntaxKind.None));
        Assert.Equal(kinds.Order(StringComparer.Ordinal), table.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_node_kind_has_a_typed_class_named_in_the_table()
    {
        var classes = typeof(FrusSyntaxNode).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(FrusSyntaxNode))).Select(t => t.Name).ToHashSet();
        var rows = NodeRow().Matches(File.ReadAllText(Path.Combine(TestPaths.Grammar, "kinds.md")));
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(row.Groups["class"].Value, classes));
    }

    private static IEnumerable<string> Productions(string text, Regex pattern)
        => pattern.Matches(text).Select(m => Regex.Replace(m.Groups["production"].Value, @"\s+", " ").Trim());

    private static string WithoutComments(string ebnf) => Regex.Replace(ebnf, @"\(\*.*?\*\)", " ", RegexOptions.Singleline);

    [GeneratedRegex(@"^(?<production>[a-z][a-z-]* = [^;]*;)", RegexOptions.Multiline)]
    private static partial Regex EbnfProduction();

    [GeneratedRegex(@"^\s*// (?<production>[a-z][a-z-]* = [^;]*;)\s*$", RegexOptions.Multiline)]
    private static partial Regex CodeProduction();

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Token|Trivia)\b")]
    private static partial Regex CamelCaseName();

    [GeneratedRegex(@"^\| (?<kind>[A-Z][A-Za-z]+) \|", RegexOptions.Multiline)]
    private static partial Regex KindRow();

    [GeneratedRegex(@"^\| [A-Z][A-Za-z]+ \| (?<class>[A-Z][A-Za-z]+Syntax) \|", RegexOptions.Multiline)]
    private static partial Regex NodeRow();
}
