using ParserKit.Diagnostics;
using ParserKit.Frus.Rules;
using ParserKit.Text;

namespace ParserKit.Frus.Fixes;

/// <summary>
/// Applies the code fixes that diagnostics offer, whatever rule offers them: in each pass, the first fix of every
/// diagnostic unless it overlaps a fix already taken; then the text is parsed again, because a fix can uncover or
/// settle other diagnostics. Passes repeat until no fix is left, up to a bound, so fixing is idempotent.
/// </summary>
/// <example>
/// <code>
/// var result = DocumentFixer.FixAll("1. Title\n\nText [page 7] more.\n");
/// Console.WriteLine(result.Text);   // 1. Title\n\nText [Page 7] more.\n
/// </code>
/// </example>
public static class DocumentFixer
{
    /// <summary>How many passes <see cref="FixAll"/> makes at most.</summary>
    public const int DefaultMaxPasses = 10;

    /// <summary>Fixes <paramref name="text"/> with the rules of <paramref name="rules"/> (every rule by default).</summary>
    public static FixResult FixAll(string text, string path = "", RuleSet? rules = null, int maxPasses = DefaultMaxPasses)
    {
        var tree = FrusSyntaxTree.ParseText(text, path, rules);
        IReadOnlyList<TextChange> changes = [];
        int applied = 0;
        for (int pass = 0; ; pass++)
        {
            var fixes = ChooseNonOverlapping(tree.GetDiagnostics());
            if (fixes.Count == 0) return new FixResult(text, tree, changes, applied, Converged: true);
            if (pass == maxPasses) return new FixResult(text, tree, changes, applied, Converged: false);

            var passChanges = fixes.SelectMany(f => f.Changes).OrderBy(c => c.Span).ToList();
            var current = tree.GetText();
            string next = current.WithChanges(passChanges).ToString();
            // Fixes that change nothing would be offered again forever.
            if (string.Equals(next, current.ToString(), StringComparison.Ordinal)) return new FixResult(text, tree, changes, applied, Converged: true);

            changes = TextChangeComposer.Compose(text, changes, passChanges);
            applied += fixes.Count;
            tree = FrusSyntaxTree.ParseText(next, path, rules);
        }
    }

    private static List<CodeFix> ChooseNonOverlapping(IReadOnlyList<Diagnostic> diagnostics)
    {
        var chosen = new List<CodeFix>();
        var taken = new List<TextSpan>();   // sorted; fixes usually come in text order, so inserts land at the end
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Fixes.Count == 0) continue;
            var fix = diagnostic.Fixes[0];
            if (fix.Changes.Any(c => Conflicts(taken, c.Span))) continue;
            foreach (var change in fix.Changes)
            {
                int index = taken.BinarySearch(change.Span);
                taken.Insert(index < 0 ? ~index : index, change.Span);
            }
            chosen.Add(fix);
        }
        return chosen;
    }

    /// <summary>Whether <paramref name="span"/> overlaps a taken span, or starts where one starts (two edits at one point have no order).</summary>
    private static bool Conflicts(List<TextSpan> taken, TextSpan span)
    {
        int index = taken.BinarySearch(span);
        if (index >= 0) return true;
        index = ~index;
        return (index > 0 && Overlap(taken[index - 1], span)) || (index < taken.Count && Overlap(taken[index], span));
    }

    private static bool Overlap(TextSpan a, TextSpan b) => a.Start == b.Start || (a.Start < b.End && b.Start < a.End);
}
