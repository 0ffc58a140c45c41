using System.Buffers;
using Markdig;
using Markdig.Syntax;
using ParserKit.Frus;
using ParserKit.Frus.Rules;

namespace ParserKit.Benchmarks;

/// <summary>
/// The measured operations, shared by the BenchmarkDotNet classes and the Stopwatch harnesses so that both
/// time exactly the same code.
/// </summary>
public static class Workloads
{
    private static readonly SearchValues<char> BracketOrNewline = SearchValues.Create("[\n");

    /// <summary>
    /// The physical floor: one vectorised pass over the text that stops at every <c>[</c> and line break,
    /// the characters where the FRUS lexer has to look closer. Returns how many it found.
    /// </summary>
    public static int RawScan(string text)
    {
        var span = text.AsSpan();
        int count = 0;
        while (true)
        {
            int at = span.IndexOfAny(BracketOrNewline);
            if (at < 0) return count;
            count++;
            span = span[(at + 1)..];
        }
    }

    /// <summary>The peer baseline: Markdig's CommonMark parser with trivia tracking (its lossless mode).</summary>
    public static MarkdownDocument Markdig(string text) => Markdown.Parse(text, trackTrivia: true);

    /// <summary>ParserKit: lex, parse, and build the root of the tree; no rules.</summary>
    public static FrusSyntaxTree ParseOnly(string text)
    {
        var tree = FrusSyntaxTree.ParseText(text, "bench.txt", RuleSet.None);
        tree.GetRoot();
        return tree;
    }

    /// <summary>ParserKit: parse, then run every rule (diagnostics are computed lazily, so they are forced here).</summary>
    public static int ParseAndRules(string text)
    {
        var tree = FrusSyntaxTree.ParseText(text, "bench.txt", RuleSet.Default);
        return tree.GetDiagnostics().Count;
    }

    /// <summary>Parse and check every corpus document, one after the other.</summary>
    public static int SequentialDocuments(IReadOnlyList<Inputs.Document> documents)
    {
        int total = 0;
        foreach (var document in documents)
            total += FrusSyntaxTree.ParseText(document.Text, document.Name, RuleSet.Default).GetDiagnostics().Count;
        return total;
    }

    /// <summary>Parse and check every corpus document with <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource})"/>.</summary>
    public static int ParallelDocuments(IReadOnlyList<Inputs.Document> documents)
    {
        int total = 0;
        Parallel.ForEach(documents, document =>
        {
            int count = FrusSyntaxTree.ParseText(document.Text, document.Name, RuleSet.Default).GetDiagnostics().Count;
            Interlocked.Add(ref total, count);
        });
        return total;
    }

    /// <summary>Markdig over every corpus document, one after the other (the per-document peer baseline).</summary>
    public static int MarkdigDocuments(IReadOnlyList<Inputs.Document> documents)
    {
        int total = 0;
        foreach (var document in documents) total += Markdig(document.Text).Count;
        return total;
    }
}
