using ParserKit.Diagnostics;
using ParserKit.Syntax.InternalSyntax;
using ParserKit.Text;

namespace ParserKit.Syntax;

/// <summary>
/// The red facade over a green node: it knows its parent and absolute position. Red nodes are made lazily,
/// when first asked for, and cached by their parent.
/// </summary>
public abstract class SyntaxNode
{
    private SyntaxNode?[]? _children;
    private int[]? _offsets;
    private SyntaxTree? _tree;

    /// <summary>Creates the facade; called by the language's green nodes.</summary>
    protected SyntaxNode(GreenNode green, SyntaxNode? parent, int position)
    {
        Green = green;
        Parent = parent;
        Position = position;
    }

    /// <summary>The green node this facade wraps.</summary>
    public GreenNode Green { get; }

    /// <summary>The parent node, or null at the root.</summary>
    public SyntaxNode? Parent { get; }

    /// <summary>Absolute offset where the node's full span (with trivia) starts.</summary>
    public int Position { get; }

    /// <summary>The language-specific kind as a number.</summary>
    public int RawKind => Green.RawKind;

    /// <summary>The tree this node belongs to, or null for a node made by a factory or a rewriter.</summary>
    public SyntaxTree? SyntaxTree
    {
        get
        {
            var node = this;
            while (node.Parent is not null) node = node.Parent;
            return node._tree;
        }
    }

    /// <summary>The span with leading and trailing trivia.</summary>
    public TextSpan FullSpan => new(Position, Green.FullWidth);

    /// <summary>The span without the outer trivia.</summary>
    public TextSpan Span => new(Position + Green.LeadingTriviaWidth, Green.Width);

    /// <summary>True when every token of the node is missing.</summary>
    public bool IsMissing => Green.FullWidth == 0 && Green.ContainsErrors;

    /// <summary>True when the node holds a missing token or an error node.</summary>
    public bool ContainsErrors => Green.ContainsErrors;

    /// <summary>Number of children (nodes and tokens).</summary>
    public int ChildCount => Green.SlotCount;

    /// <summary>The child at <paramref name="index"/>, made and cached on first use.</summary>
    public SyntaxNodeOrToken ChildAt(int index)
    {
        var green = Green.GetSlot(index);
        int position = Position + GetChildOffset(index);
        if (green is GreenToken token) return new SyntaxToken(this, token, position, index);
        _children ??= new SyntaxNode?[Green.SlotCount];
        var red = Volatile.Read(ref _children[index]);
        if (red is null)
        {
            red = green.CreateRed(this, position) ?? throw new InvalidOperationException($"Green node of kind {green.RawKind} has no red facade.");
            Interlocked.CompareExchange(ref _children[index], red, null);
            red = _children[index]!;
        }
        return red;
    }

    /// <summary>The children in order.</summary>
    public IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        for (int i = 0; i < ChildCount; i++) yield return ChildAt(i);
    }

    /// <summary>The child nodes in order (tokens skipped).</summary>
    public IEnumerable<SyntaxNode> ChildNodes()
    {
        for (int i = 0; i < ChildCount; i++)
            if (!Green.GetSlot(i).IsToken) yield return ChildAt(i).AsNode()!;
    }

    /// <summary>The child tokens in order (nodes skipped).</summary>
    public IEnumerable<SyntaxToken> ChildTokens()
    {
        for (int i = 0; i < ChildCount; i++)
            if (Green.GetSlot(i).IsToken) yield return ChildAt(i).AsToken();
    }

    /// <summary>Every descendant node in document order, depth first; this node first when <paramref name="includeSelf"/>.</summary>
    public IEnumerable<SyntaxNode> DescendantNodes(bool includeSelf = false)
    {
        if (includeSelf) yield return this;
        var stack = new Stack<(SyntaxNode Node, int Next)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            for (int i = next; i < node.ChildCount; i++)
            {
                if (node.Green.GetSlot(i).IsToken) continue;
                var child = node.ChildAt(i).AsNode()!;
                stack.Push((node, i + 1));
                stack.Push((child, 0));
                yield return child;
                break;
            }
        }
    }

    /// <summary>Every token of the subtree in document order, missing tokens included.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        var stack = new Stack<(SyntaxNode Node, int Next)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            for (int i = next; i < node.ChildCount; i++)
            {
                var child = node.ChildAt(i);
                if (child.IsToken)
                {
                    yield return child.AsToken();
                    continue;
                }
                stack.Push((node, i + 1));
                stack.Push((child.AsNode()!, 0));
                break;
            }
        }
    }

    /// <summary>Every trivia of the subtree in document order.</summary>
    public IEnumerable<SyntaxTrivia> DescendantTrivia()
    {
        foreach (var token in DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia) yield return trivia;
            foreach (var trivia in token.TrailingTrivia) yield return trivia;
        }
    }

    /// <summary>The parent, its parent and so on up to the root.</summary>
    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent) yield return node;
    }

    /// <summary>The first token of the subtree, or a default token when there is none.</summary>
    public SyntaxToken GetFirstToken() => DescendantTokens().FirstOrDefault();

    /// <summary>The last token of the subtree, or a default token when there is none.</summary>
    public SyntaxToken GetLastToken() => DescendantTokens().LastOrDefault();

    /// <summary>The token whose full span contains <paramref name="position"/> (the last token at the end of the text).</summary>
    public SyntaxToken FindToken(int position)
    {
        SyntaxNode node = this;
        while (true)
        {
            int count = node.ChildCount;
            if (count == 0) return default;
            int chosen = count - 1;
            for (int i = 0; i < count; i++)
            {
                var slot = node.Green.GetSlot(i);
                int start = node.Position + node.GetChildOffset(i);
                if (position < start + slot.FullWidth && slot.FullWidth > 0) { chosen = i; break; }
            }
            var child = node.ChildAt(chosen);
            if (child.IsToken) return child.AsToken();
            node = child.AsNode()!;
        }
    }

    /// <summary>The location of <see cref="Span"/> in the node's tree.</summary>
    public Location GetLocation() => Location.Create(SyntaxTree, Span);

    /// <summary>The exact text of the node, trivia included.</summary>
    public string ToFullString() => Green.ToFullString();

    /// <summary>The text of the node without its outer leading and trailing trivia.</summary>
    public override string ToString()
    {
        var full = Green.ToFullString();
        return full.Substring(Green.LeadingTriviaWidth, Green.Width);
    }

    /// <summary>True when both nodes have the same kinds, shape and text.</summary>
    public bool IsEquivalentTo(SyntaxNode other) => Green.IsEquivalentTo(other.Green);

    /// <summary>Offset of child <paramref name="index"/> from <see cref="Position"/>.</summary>
    protected int GetChildOffset(int index)
    {
        if (index == 0) return 0;
        var offsets = _offsets;
        if (offsets is null)
        {
            offsets = new int[Green.SlotCount];
            int sum = 0;
            for (int i = 0; i < offsets.Length; i++)
            {
                offsets[i] = sum;
                sum += Green.GetSlot(i).FullWidth;
            }
            _offsets = offsets;
        }
        return offsets[index];
    }

    /// <summary>Binds a root node to its tree; called once by the tree that owns it.</summary>
    protected internal void AttachTree(SyntaxTree tree)
    {
        if (Parent is not null) throw new InvalidOperationException("Only a root node belongs to a tree directly.");
        _tree = tree;
    }
}
