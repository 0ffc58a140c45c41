using ParserKit.Frus;
using ParserKit.Frus.Export;

namespace ParserKit.Tests.Snapshots;

/// <summary>What a snapshot pins: the tree dump, then the diagnostics in compiler format.</summary>
internal static class SnapshotText
{
    public static string Of(string text, string name)
    {
        var tree = FrusSyntaxTree.ParseText(text, name);
        var diagnostics = tree.GetDiagnostics().Select(d => d.ToString()).ToList();
        return SyntaxTreePrinter.Print(tree.GetRoot())
            + "---- diagnostics ----\n"
            + (diagnostics.Count == 0 ? "(none)\n" : string.Join("\n", diagnostics) + "\n");
    }
}
