using ParserKit.Diagnostics;
using ParserKit.Frus;
using ParserKit.Frus.Fixes;
using ParserKit.Frus.Rules;

public static class ReadmeExample
{
    public static string Run()
    {
        string text = "353. Editorial Note\n\nThe talks went on [page 759] into the night.\n";

        // Parse: a lossless tree, and the diagnostics of the enabled rules.
        var tree = FrusSyntaxTree.ParseText(text, "d353.txt");
        Console.WriteLine(tree.GetRoot().Heading?.Number?.Value);   // 353
        Console.WriteLine(tree.GetRoot().ToFullString() == text);   // True
        foreach (var diagnostic in tree.GetDiagnostics())
            Console.WriteLine(diagnostic);                          // d353.txt(3,19): error FRUS0015: ...

        // Configure: a rule's severity, or null to turn it off.
        var rules = RuleSet.Default.WithSeverity("FRUS0015", DiagnosticSeverity.Warning);

        // Fix: apply every code fix the diagnostics offer, until none is left.
        var result = DocumentFixer.FixAll(text, "d353.txt", rules);
        return result.Text;                                         // ...went on [Page 759] into...
    }
}
