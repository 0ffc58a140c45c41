namespace ParserKit.Syntax;

/// <summary>How deep a <see cref="SyntaxWalker"/> descends.</summary>
public enum SyntaxWalkerDepth
{
    /// <summary>Nodes only.</summary>
    Node,
    /// <summary>Nodes and tokens.</summary>
    Token,
    /// <summary>Nodes, tokens and trivia.</summary>
    Trivia,
}

/// <summary>Visits a subtree in document order. Override the <c>Visit*</c> methods to see what you need.</summary>
public abstract class SyntaxWalker(SyntaxWalkerDepth depth = SyntaxWalkerDepth.Node)
{
    /// <summary>How deep the walk descends.</summary>
    protected SyntaxWalkerDepth Depth { get; } = depth;

    /// <summary>Visits a node; the default visits its children.</summary>
    public virtual void Visit(SyntaxNode node)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.IsNode) Visit(child.AsNode()!);
            else if (Depth >= SyntaxWalkerDepth.Token) VisitToken(child.AsToken());
        }
    }

    /// <summary>Visits a token; the default visits its trivia when the depth asks for it.</summary>
    public virtual void VisitToken(SyntaxToken token)
    {
        if (Depth < SyntaxWalkerDepth.Trivia) return;
        foreach (var trivia in token.LeadingTrivia) VisitTrivia(trivia);
        foreach (var trivia in token.TrailingTrivia) VisitTrivia(trivia);
    }

    /// <summary>Visits a trivia.</summary>
    public virtual void VisitTrivia(SyntaxTrivia trivia)
    {
    }
}
