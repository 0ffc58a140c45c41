using ParserKit.Syntax;
using ParserKit.Text;

namespace ParserKit.Diagnostics;

/// <summary>Where a diagnostic points: a span in a tree's text (or nowhere).</summary>
public sealed class Location
{
    private Location(SyntaxTree? tree, TextSpan span)
    {
        SourceTree = tree;
        SourceSpan = span;
    }

    /// <summary>A location that points at no text.</summary>
    public static Location None { get; } = new(null, default);

    /// <summary>A location in <paramref name="tree"/>; without a tree it keeps only the span.</summary>
    public static Location Create(SyntaxTree? tree, TextSpan span) => new(tree, span);

    /// <summary>The tree, or null.</summary>
    public SyntaxTree? SourceTree { get; }

    /// <summary>The span in the tree's text.</summary>
    public TextSpan SourceSpan { get; }

    /// <summary>The path and 0-based line positions of the span.</summary>
    public FileLinePositionSpan GetLineSpan()
    {
        if (SourceTree is null) return new FileLinePositionSpan(string.Empty, default);
        return new FileLinePositionSpan(SourceTree.FilePath, SourceTree.GetText().GetLinePositionSpan(SourceSpan));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{SourceTree?.FilePath}{SourceSpan}";
}

/// <summary>A file path with a line span.</summary>
/// <param name="Path">The file path, or an empty string.</param>
/// <param name="Span">0-based start and end line positions.</param>
public readonly record struct FileLinePositionSpan(string Path, LinePositionSpan Span);
