using ParserKit.Diagnostics;
using ParserKit.Frus.Syntax;
using ParserKit.Text;

namespace ParserKit.Frus.Rules;

/// <summary>What a rule sees (the tree, its text, its document node) and where it reports.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> _diagnostics;

    internal RuleContext(FrusSyntaxTree tree, FrusRule rule, List<Diagnostic> diagnostics)
    {
        Tree = tree;
        Rule = rule;
        _diagnostics = diagnostics;
    }

    /// <summary>The tree being checked.</summary>
    public FrusSyntaxTree Tree { get; }

    /// <summary>The document node.</summary>
    public DocumentSyntax Document => Tree.GetRoot();

    /// <summary>The text.</summary>
    public SourceText Text => Tree.GetText();

    /// <summary>The rule that is running.</summary>
    public FrusRule Rule { get; }

    /// <summary>Reports the rule's diagnostic at <paramref name="span"/>.</summary>
    public void Report(TextSpan span, params object?[] arguments)
        => _diagnostics.Add(Diagnostic.Create(Rule.Descriptor, Location.Create(Tree, span), arguments));

    /// <summary>Reports the rule's diagnostic at <paramref name="span"/> with a fix.</summary>
    public void Report(TextSpan span, CodeFix fix, params object?[] arguments)
        => _diagnostics.Add(Diagnostic.Create(Rule.Descriptor, Location.Create(Tree, span), [fix], arguments));
}
