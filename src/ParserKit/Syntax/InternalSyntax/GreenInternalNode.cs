namespace ParserKit.Syntax.InternalSyntax;

/// <summary>
/// A green node with children (tokens or nodes). A language subclasses it only to say which red type
/// faces each kind (<see cref="GreenNode.CreateRed"/>) and how to rebuild itself (<see cref="WithChildren"/>).
/// </summary>
public abstract class GreenInternalNode : GreenNode
{
    private readonly GreenNode[] _children;

    /// <summary>Creates a node; <paramref name="isError"/> marks text the grammar could not place.</summary>
    protected GreenInternalNode(int kind, GreenNode[] children, bool isError = false)
        : base(kind, SumWidths(children), CombineFlags(children, isError))
    {
        _children = children;
    }

    /// <inheritdoc/>
    public override int SlotCount => _children.Length;

    /// <inheritdoc/>
    public override GreenNode GetSlot(int index) => _children[index];

    /// <summary>True when this node is an error node.</summary>
    public bool IsError => (Flags & GreenNodeFlags.IsError) != 0;

    /// <summary>A node of the same kind and class with other children.</summary>
    public abstract GreenInternalNode WithChildren(GreenNode[] children);

    /// <summary>The children as a new array.</summary>
    public GreenNode[] GetChildren() => (GreenNode[])_children.Clone();

    private static int SumWidths(GreenNode[] children)
    {
        int sum = 0;
        foreach (var child in children) sum += child.FullWidth;
        return sum;
    }

    private static GreenNodeFlags CombineFlags(GreenNode[] children, bool isError)
    {
        var flags = isError ? GreenNodeFlags.IsError | GreenNodeFlags.ContainsError : GreenNodeFlags.None;
        foreach (var child in children)
            flags |= child.Flags & (GreenNodeFlags.ContainsMissing | GreenNodeFlags.ContainsError);
        return flags;
    }
}
