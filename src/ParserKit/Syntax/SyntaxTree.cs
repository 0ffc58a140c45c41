using ParserKit.Diagnostics;
using ParserKit.Text;

namespace ParserKit.Syntax;

/// <summary>A parsed text: its root node, the text, a path for messages, and diagnostics.</summary>
public abstract class SyntaxTree
{
    /// <summary>The path of the file the text came from, or an empty string.</summary>
    public abstract string FilePath { get; }

    /// <summary>The parsed text.</summary>
    public abstract SourceText GetText();

    /// <summary>The root of the tree.</summary>
    public abstract SyntaxNode GetRoot();

    /// <summary>All diagnostics of the tree, sorted by position.</summary>
    public abstract IReadOnlyList<Diagnostic> GetDiagnostics();
}
