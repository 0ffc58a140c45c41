using Markdig.Renderers.Roundtrip;
using ParserKit.Frus;
using ParserKit.Frus.Rules;
using ParserKit.Frus.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Benchmarks;

/// <summary>
/// "A speed number for a parser that doesn't produce the same tree is worthless": before anything is timed,
/// each input is parsed once and checked. Throws, so BenchmarkDotNet reports the benchmark as failed.
/// </summary>
public static class Equivalence
{
    // Inline structures do not depend on where a document starts or ends, so the scaled inputs must hold
    // exactly k times as many. (Blocks do: where the copies meet, a heading or footnote becomes a paragraph.)
    private static readonly FrusSyntaxKind[] ScaledKinds =
        [FrusSyntaxKind.PageMarker, FrusSyntaxKind.EditorialInsert, FrusSyntaxKind.Quotation, FrusSyntaxKind.Citation];
    private static readonly HashSet<string> Checked = [];
    private static readonly Lock CheckedLock = new();

    /// <summary>
    /// Checks that ParserKit's tree of <paramref name="name"/> round-trips, that a second parse gives an
    /// equivalent tree with the same diagnostics, and that the scaled inputs give the scaled tree (k times the
    /// page markers, inserts, quotations and citations of one copy of the corpus).
    /// </summary>
    public static void Check(string name)
    {
        lock (CheckedLock)
        {
            if (!Checked.Add(name)) return;
        }
        if (name == Inputs.CorpusDocuments)
        {
            foreach (var document in Inputs.Documents) CheckText(document.Name, document.Text);
            return;
        }
        var text = Inputs.Get(name);
        var tree = CheckText(name, text);
        int copies = name switch
        {
            Inputs.Corpus4 => 4,
            Inputs.Corpus16 => 16,
            Inputs.Volume => Inputs.VolumeCopies,
            _ => 0,
        };
        if (copies > 0)
        {
            var unit = Count(FrusSyntaxTree.ParseText(Inputs.Concatenated, "unit", RuleSet.None).GetRoot().Green);
            var scaled = Count(tree.GetRoot().Green);
            foreach (var kind in ScaledKinds)
            {
                int expected = unit.GetValueOrDefault(kind) * copies;
                if (scaled.GetValueOrDefault(kind) != expected)
                    throw new InvalidOperationException($"{name}: {scaled.GetValueOrDefault(kind)} {kind} nodes, expected {copies} × {unit.GetValueOrDefault(kind)}.");
            }
        }
    }

    /// <summary>
    /// Whether Markdig's trivia-tracking tree of <paramref name="text"/> renders back to the text
    /// (informational: it tells whether the baseline does the same lossless job).
    /// </summary>
    public static bool MarkdigRoundTrips(string text)
    {
        var writer = new StringWriter();
        new RoundtripRenderer(writer).Write(Workloads.Markdig(text));
        return writer.ToString() == text;
    }

    private static FrusSyntaxTree CheckText(string name, string text)
    {
        var tree = FrusSyntaxTree.ParseText(text, name, RuleSet.Default);
        string round = tree.GetRoot().ToFullString();
        if (round != text)
        {
            int at = 0;
            while (at < Math.Min(round.Length, text.Length) && round[at] == text[at]) at++;
            throw new InvalidOperationException($"{name}: the tree does not round-trip (first difference at offset {at} of {text.Length}).");
        }
        var again = FrusSyntaxTree.ParseText(text, name, RuleSet.Default);
        if (!tree.GetRoot().IsEquivalentTo(again.GetRoot()))
            throw new InvalidOperationException($"{name}: two parses of the same text gave different trees.");
        if (tree.GetDiagnostics().Count != again.GetDiagnostics().Count)
            throw new InvalidOperationException($"{name}: two parses of the same text gave different diagnostics.");
        return tree;
    }

    private static Dictionary<FrusSyntaxKind, int> Count(GreenNode root)
    {
        var counts = new Dictionary<FrusSyntaxKind, int>();
        var stack = new Stack<GreenNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.IsToken) continue;
            var kind = (FrusSyntaxKind)node.RawKind;
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            for (int i = 0; i < node.SlotCount; i++) stack.Push(node.GetSlot(i));
        }
        return counts;
    }
}
