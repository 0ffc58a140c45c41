using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>One footnote body: <c>  1. Source: Department of State, Central Files …</c>.</summary>
public sealed class FootnoteSyntax : FrusSyntaxNode
{
    internal FootnoteSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The label token.</summary>
    public SyntaxToken LabelToken => GetToken(FrusSyntaxKind.FootnoteLabelToken);

    /// <summary>The period after the label.</summary>
    public SyntaxToken DotToken => GetToken(FrusSyntaxKind.DotToken);

    /// <summary>The label as printed: <c>1</c>, <c>0</c>, <c>12a</c>.</summary>
    public string Label => LabelToken.Text;

    /// <summary>The footnote's text.</summary>
    public string Text => InlineContent.Text(this, 2);

    /// <summary>True for the source note: the first footnote, whose text starts with <c>Source:</c> or is a microfiche citation.</summary>
    public bool IsSourceNote => Text.StartsWith("Source:", StringComparison.Ordinal) || Text.StartsWith("[Source:", StringComparison.Ordinal);

    /// <summary>The markers in the text that refer to this footnote.</summary>
    public IReadOnlyList<FootnoteReferenceSyntax> References => Document?.FootnoteResolution.ReferencesOf(this) ?? [];
}
