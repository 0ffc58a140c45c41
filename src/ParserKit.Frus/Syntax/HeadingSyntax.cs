using ParserKit.Frus.Analysis;
using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>
/// The document heading: <c>353. Editorial Note</c>, <c>[101] The Secretary of State to President Wilson</c>,
/// or a bare title (volumes before the 1950s print no number). The source-note marker is glued to its end.
/// </summary>
public sealed class HeadingSyntax : FrusSyntaxNode
{
    internal HeadingSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The document number, or null for a bare title.</summary>
    public DocumentNumberSyntax? Number => GetNode<DocumentNumberSyntax>();

    /// <summary>The title as a reader sees it: without the number and the footnote markers.</summary>
    public string Title => InlineContent.Text(this, Number is null ? 0 : 1);

    /// <summary>The footnote marker at the end of the heading (normally the source note), or null.</summary>
    public FootnoteReferenceSyntax? SourceNoteReference =>
        ChildCount > 0 && ChildAt(ChildCount - 1).AsNode() is FootnoteReferenceSyntax reference ? reference : null;

    /// <summary>A date at the end of the title (<c>February 18</c>, <c>Washington, October 26, 1956</c>), or null.</summary>
    public FrusDate? Date => FrusDate.FindAtEnd(Title);
}
