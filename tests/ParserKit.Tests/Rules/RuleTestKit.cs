using ParserKit.Diagnostics;
using ParserKit.Frus;
using ParserKit.Text;

namespace ParserKit.Tests.Rules;

/// <summary>Runs the rules over a text and reads their diagnostics the way an editor sees them (1-based line and column).</summary>
internal static class RuleTestKit
{
    /// <summary>The diagnostics of rule <paramref name="id"/> on <paramref name="text"/>, in order.</summary>
    public static List<Diagnostic> Check(string text, string id)
        => [.. FrusSyntaxTree.ParseText(text, "test.txt").GetDiagnostics().Where(d => d.Id == id)];

    /// <summary>1-based line and column of the start of the diagnostic.</summary>
    public static (int Line, int Column) StartOf(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().Span.Start;
        return (start.Line + 1, start.Character + 1);
    }

    /// <summary>The text the diagnostic points at.</summary>
    public static string SpanText(Diagnostic diagnostic)
        => diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

    /// <summary>Applies the single fix of each diagnostic to <paramref name="text"/>.</summary>
    public static string ApplyFixes(string text, IEnumerable<Diagnostic> diagnostics)
        => SourceText.From(text).WithChanges(diagnostics.SelectMany(d => Assert.Single(d.Fixes).Changes)).ToString();

    /// <summary>Asserts that <paramref name="text"/> parses back to itself and has no diagnostic of rule <paramref name="id"/>.</summary>
    public static void AssertFixedAndRoundTrips(string text, string id)
    {
        var tree = FrusSyntaxTree.ParseText(text, "fixed.txt");
        Assert.Equal(text, tree.GetRoot().ToFullString());
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == id);
    }
}
