using ParserKit.Frus;
using ParserKit.Tests.Support;

namespace ParserKit.Tests.Corpus;

/// <summary>
/// Real documents broken as each rule describes: the rule must report the break at the right line, on every
/// document the mutation applies to, and the broken text must still round-trip.
/// </summary>
public class MutationTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        var documents = TestPaths.SeedFiles.Concat(TestPaths.CorpusFiles).ToList();
        foreach (var mutation in Mutations.All)
        foreach (string path in documents)
        {
            if (mutation.Apply(File.ReadAllText(path)) is not null) cases.Add(mutation.Name, Path.GetRelativePath(TestPaths.RepositoryRoot, path));
        }
        return cases;
    }

    [Fact]
    public void Every_mutation_applies_to_some_document()
    {
        var applied = Cases().Select(row => (string)row[0]).ToHashSet();
        Assert.All(Mutations.All, mutation => Assert.Contains(mutation.Name, applied));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_reports_the_break_at_its_line(string mutationName, string document)
    {
        var mutation = Mutations.All.Single(m => m.Name == mutationName);
        var (text, line) = mutation.Apply(File.ReadAllText(TestPaths.PathOf(document)))!.Value;
        var tree = FrusSyntaxTree.ParseText(text, document);
        TreeAssert.IsLossless(text, tree);
        var lines = tree.GetDiagnostics().Where(d => d.Id == mutation.RuleId).Select(d => d.Location.GetLineSpan().Span.Start.Line + 1).ToList();
        Assert.True(lines.Contains(line), $"{document}: {mutation.RuleId} expected at line {line}; reported at [{string.Join(", ", lines)}]");
    }
}
