using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Syntax;

/// <summary>
/// Rebuilds a tree bottom-up. Override <see cref="Visit"/> or <see cref="VisitToken"/> to replace parts;
/// unchanged subtrees are shared, and a rewriter that changes nothing returns the very same node.
/// </summary>
public abstract class SyntaxRewriter
{
    /// <summary>Visits a node; the default rewrites its children.</summary>
    public virtual SyntaxNode Visit(SyntaxNode node) => VisitChildren(node);

    /// <summary>Visits a token; the default keeps it.</summary>
    public virtual SyntaxToken VisitToken(SyntaxToken token) => token;

    /// <summary>Rewrites the children of <paramref name="node"/>, returning <paramref name="node"/> itself when none changed.</summary>
    protected SyntaxNode VisitChildren(SyntaxNode node)
    {
        GreenNode[]? changed = null;
        for (int i = 0; i < node.ChildCount; i++)
        {
            var child = node.ChildAt(i);
            var oldGreen = node.Green.GetSlot(i);
            GreenNode newGreen = child.IsToken
                ? VisitToken(child.AsToken()).Green ?? oldGreen
                : Visit(child.AsNode()!).Green;
            if (ReferenceEquals(newGreen, oldGreen)) continue;
            changed ??= ((GreenInternalNode)node.Green).GetChildren();
            changed[i] = newGreen;
        }
        if (changed is null) return node;
        var green = ((GreenInternalNode)node.Green).WithChildren(changed);
        return green.CreateRed(null, 0)!;
    }
}

/// <summary>Edits that return a new tree and leave the old one as it was.</summary>
public static class SyntaxNodeEditing
{
    /// <summary>A copy of <paramref name="root"/> where <paramref name="oldNode"/> (a node of this tree) is replaced by <paramref name="newNode"/>.</summary>
    public static SyntaxNode ReplaceNode(this SyntaxNode root, SyntaxNode oldNode, SyntaxNode newNode)
        => new NodeReplacer(oldNode, newNode).Visit(root);

    /// <summary>A copy of <paramref name="root"/> where <paramref name="oldToken"/> (a token of this tree) is replaced by <paramref name="newToken"/>.</summary>
    public static SyntaxNode ReplaceToken(this SyntaxNode root, SyntaxToken oldToken, SyntaxToken newToken)
        => new TokenReplacer(oldToken, newToken).Visit(root);

    private sealed class NodeReplacer(SyntaxNode oldNode, SyntaxNode newNode) : SyntaxRewriter
    {
        public override SyntaxNode Visit(SyntaxNode node)
        {
            if (ReferenceEquals(node, oldNode)) return newNode;
            return node.FullSpan.Contains(oldNode.FullSpan) ? VisitChildren(node) : node;
        }
    }

    private sealed class TokenReplacer(SyntaxToken oldToken, SyntaxToken newToken) : SyntaxRewriter
    {
        public override SyntaxNode Visit(SyntaxNode node)
            => node.FullSpan.Contains(oldToken.FullSpan) ? VisitChildren(node) : node;

        public override SyntaxToken VisitToken(SyntaxToken token) => token == oldToken ? newToken : token;
    }
}
