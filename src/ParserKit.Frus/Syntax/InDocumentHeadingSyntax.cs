using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>A short title line inside a document: <c>AIDE MEMOIRE</c>, <c>SUBJECT</c>, <c>(Informal Translation)</c>.</summary>
public sealed class InDocumentHeadingSyntax : FrusSyntaxNode
{
    internal InDocumentHeadingSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The heading text.</summary>
    public string Text => InlineContent.Text(this);
}
