using ParserKit.Text;

namespace ParserKit.Frus.Fixes;

/// <summary>What <see cref="DocumentFixer.FixAll"/> did to a document.</summary>
/// <param name="OriginalText">The text before any fix.</param>
/// <param name="Tree">The tree of the fixed text, with the diagnostics that remain.</param>
/// <param name="Changes">All the edits, as sorted, non-overlapping changes to <paramref name="OriginalText"/>.</param>
/// <param name="AppliedFixes">How many code fixes were applied, over all passes.</param>
/// <param name="Converged">False when fixes were still on offer after the last allowed pass.</param>
public sealed record FixResult(string OriginalText, FrusSyntaxTree Tree, IReadOnlyList<TextChange> Changes, int AppliedFixes, bool Converged)
{
    /// <summary>The fixed text.</summary>
    public string Text => Tree.GetText().ToString();

    /// <summary>True when the fixed text differs from the original.</summary>
    public bool IsChanged => !string.Equals(Text, OriginalText, StringComparison.Ordinal);
}
