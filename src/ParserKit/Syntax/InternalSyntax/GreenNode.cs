using System.Text;

namespace ParserKit.Syntax.InternalSyntax;

/// <summary>Facts about a green subtree, combined upwards so that "does it contain X?" costs O(1).</summary>
[Flags]
public enum GreenNodeFlags : byte
{
    /// <summary>Nothing special.</summary>
    None = 0,
    /// <summary>This token was inserted by the parser where the text lacks it (zero width).</summary>
    IsMissing = 1,
    /// <summary>This subtree holds a missing token.</summary>
    ContainsMissing = 2,
    /// <summary>This node is an error node: text the grammar could not place.</summary>
    IsError = 4,
    /// <summary>This subtree holds an error node.</summary>
    ContainsError = 8,
}

/// <summary>
/// An immutable, position-free node of the green tree (Roslyn's "internal syntax"): a kind, a full width and
/// children. Green nodes have no parent, so one node can be shared by many trees; the red
/// <see cref="SyntaxNode"/> facade adds parents and absolute positions on demand.
/// </summary>
public abstract class GreenNode
{
    private readonly ushort _kind;

    /// <summary>Creates a green node.</summary>
    protected GreenNode(int kind, int fullWidth, GreenNodeFlags flags)
    {
        _kind = checked((ushort)kind);
        FullWidth = fullWidth;
        Flags = flags;
    }

    /// <summary>The language-specific kind as a number.</summary>
    public int RawKind => _kind;

    /// <summary>Width in UTF-16 code units, trivia included.</summary>
    public int FullWidth { get; }

    /// <summary>Flags of this node and its descendants.</summary>
    public GreenNodeFlags Flags { get; }

    /// <summary>True for a zero-width token the parser inserted where the text lacks it.</summary>
    public bool IsMissing => (Flags & GreenNodeFlags.IsMissing) != 0;

    /// <summary>True when this node or a descendant is missing or an error node.</summary>
    public bool ContainsErrors => (Flags & (GreenNodeFlags.ContainsMissing | GreenNodeFlags.ContainsError)) != 0;

    /// <summary>True for tokens.</summary>
    public virtual bool IsToken => false;

    /// <summary>True for trivia.</summary>
    public virtual bool IsTrivia => false;

    /// <summary>Number of children.</summary>
    public virtual int SlotCount => 0;

    /// <summary>The child at <paramref name="index"/>.</summary>
    public virtual GreenNode GetSlot(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Width of the leading trivia of the first token.</summary>
    public virtual int LeadingTriviaWidth => GetFirstToken()?.LeadingTriviaWidth ?? 0;

    /// <summary>Width of the trailing trivia of the last token.</summary>
    public virtual int TrailingTriviaWidth => GetLastToken()?.TrailingTriviaWidth ?? 0;

    /// <summary>Width without the outer leading and trailing trivia.</summary>
    public int Width => FullWidth - LeadingTriviaWidth - TrailingTriviaWidth;

    /// <summary>The first token of the subtree, missing tokens included.</summary>
    public GreenToken? GetFirstToken()
    {
        GreenNode node = this;
        while (true)
        {
            if (node is GreenToken token) return token;
            if (node.SlotCount == 0) return null;
            GreenNode? next = null;
            for (int i = 0; i < node.SlotCount && next is null; i++)
            {
                var child = node.GetSlot(i);
                if (child.IsToken || child.SlotCount > 0) next = child;
            }
            if (next is null) return null;
            node = next;
        }
    }

    /// <summary>The last token of the subtree, missing tokens included.</summary>
    public GreenToken? GetLastToken()
    {
        GreenNode node = this;
        while (true)
        {
            if (node is GreenToken token) return token;
            GreenNode? next = null;
            for (int i = node.SlotCount - 1; i >= 0 && next is null; i--)
            {
                var child = node.GetSlot(i);
                if (child.IsToken || child.SlotCount > 0) next = child;
            }
            if (next is null) return null;
            node = next;
        }
    }

    /// <summary>Writes the exact text of this subtree, trivia included.</summary>
    public void WriteTo(StringBuilder builder)
    {
        // A token or a trivia, the common case when rules read text, needs no stack.
        if (this is GreenToken single)
        {
            single.WriteTokenTo(builder);
            return;
        }
        if (this is GreenTrivia lone)
        {
            builder.Append(lone.Text.Span);
            return;
        }
        // Explicit stack: a tree built by hand may be deeper than the call stack allows.
        var stack = new Stack<GreenNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case GreenToken token:
                    token.WriteTokenTo(builder);
                    break;
                case GreenTrivia trivia:
                    builder.Append(trivia.Text.Span);
                    break;
                default:
                    for (int i = node.SlotCount - 1; i >= 0; i--) stack.Push(node.GetSlot(i));
                    break;
            }
        }
    }

    /// <summary>The exact text of this subtree, trivia included.</summary>
    public string ToFullString()
    {
        // A token without trivia is its text: no builder needed.
        if (this is GreenToken { LeadingTrivia.Count: 0, TrailingTrivia.Count: 0 } token) return token.Text.ToString();
        var builder = new StringBuilder(FullWidth);
        WriteTo(builder);
        return builder.ToString();
    }

    /// <summary>Creates the red facade of this node. Tokens and trivia have struct facades instead and return null.</summary>
    public abstract SyntaxNode? CreateRed(SyntaxNode? parent, int position);

    /// <summary>True when both subtrees have the same kinds, shape and text.</summary>
    public bool IsEquivalentTo(GreenNode other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (RawKind != other.RawKind || FullWidth != other.FullWidth || SlotCount != other.SlotCount || IsMissing != other.IsMissing)
            return false;
        if (this is GreenToken a && other is GreenToken b) return a.IsEquivalentToken(b);
        if (this is GreenTrivia t && other is GreenTrivia u) return t.Text.Span.SequenceEqual(u.Text.Span);
        for (int i = 0; i < SlotCount; i++)
            if (!GetSlot(i).IsEquivalentTo(other.GetSlot(i))) return false;
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => ToFullString();
}
