using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>Base of every FRUS red node: adds the typed <see cref="Kind"/> and typed child access.</summary>
public abstract class FrusSyntaxNode : SyntaxNode
{
    private protected FrusSyntaxNode(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The node's kind.</summary>
    public FrusSyntaxKind Kind => (FrusSyntaxKind)RawKind;

    /// <summary>The document this node belongs to, or null for a detached node.</summary>
    public DocumentSyntax? Document
    {
        get
        {
            SyntaxNode node = this;
            while (node.Parent is not null) node = node.Parent;
            return node as DocumentSyntax;
        }
    }

    /// <summary>The first child token of <paramref name="kind"/>, or a default token.</summary>
    protected SyntaxToken GetToken(FrusSyntaxKind kind)
    {
        for (int i = 0; i < ChildCount; i++)
        {
            if (Green.GetSlot(i).RawKind == (int)kind && Green.GetSlot(i).IsToken) return ChildAt(i).AsToken();
        }
        return default;
    }

    /// <summary>The first child node of type <typeparamref name="T"/>, or null.</summary>
    protected T? GetNode<T>() where T : SyntaxNode
    {
        for (int i = 0; i < ChildCount; i++)
        {
            if (!Green.GetSlot(i).IsToken && ChildAt(i).AsNode() is T node) return node;
        }
        return null;
    }

    internal static FrusSyntaxNode Create(GreenNode green, SyntaxNode? parent, int position) => (FrusSyntaxKind)green.RawKind switch
    {
        FrusSyntaxKind.Document => new DocumentSyntax(green, parent, position),
        FrusSyntaxKind.Heading => new HeadingSyntax(green, parent, position),
        FrusSyntaxKind.DocumentNumber => new DocumentNumberSyntax(green, parent, position),
        FrusSyntaxKind.Paragraph => new ParagraphSyntax(green, parent, position),
        FrusSyntaxKind.NumberedParagraph => new NumberedParagraphSyntax(green, parent, position),
        FrusSyntaxKind.InDocumentHeading => new InDocumentHeadingSyntax(green, parent, position),
        FrusSyntaxKind.PageBreak => new PageBreakSyntax(green, parent, position),
        FrusSyntaxKind.PageMarker => new PageMarkerSyntax(green, parent, position),
        FrusSyntaxKind.FootnoteReference => new FootnoteReferenceSyntax(green, parent, position),
        FrusSyntaxKind.FootnoteSection => new FootnoteSectionSyntax(green, parent, position),
        FrusSyntaxKind.Footnote => new FootnoteSyntax(green, parent, position),
        FrusSyntaxKind.EditorialInsert => new EditorialInsertSyntax(green, parent, position),
        FrusSyntaxKind.SkippedText => new SkippedTextSyntax(green, parent, position),
        FrusSyntaxKind.Quotation => new QuotationSyntax(green, parent, position),
        FrusSyntaxKind.Citation => new CitationSyntax(green, parent, position),
        FrusSyntaxKind.Dateline => new DatelineSyntax(green, parent, position),
        FrusSyntaxKind.FileNumber => new FileNumberSyntax(green, parent, position),
        FrusSyntaxKind.EditorialLine => new EditorialLineSyntax(green, parent, position),
        FrusSyntaxKind.Classification => new ClassificationSyntax(green, parent, position),
        FrusSyntaxKind.MemoHeader => new MemoHeaderSyntax(green, parent, position),
        FrusSyntaxKind.MemoHeaderLabel => new MemoHeaderLabelSyntax(green, parent, position),
        FrusSyntaxKind.MemoHeaderItem => new MemoHeaderItemSyntax(green, parent, position),
        FrusSyntaxKind.Salutation => new SalutationSyntax(green, parent, position),
        FrusSyntaxKind.Closer => new CloserSyntax(green, parent, position),
        FrusSyntaxKind.Signature => new SignatureSyntax(green, parent, position),
        FrusSyntaxKind.TableRow => new TableRowSyntax(green, parent, position),
        FrusSyntaxKind.ListItem => new ListItemSyntax(green, parent, position),
        FrusSyntaxKind.AttachmentLabel => new AttachmentLabelSyntax(green, parent, position),
        var kind => throw new InvalidOperationException($"{kind} is not a node kind."),
    };
}

/// <summary>The green node class of the FRUS language: one class for every node kind.</summary>
internal sealed class FrusGreenNode(FrusSyntaxKind kind, GreenNode[] children, bool isError = false)
    : GreenInternalNode((int)kind, children, isError)
{
    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) => FrusSyntaxNode.Create(this, parent, position);

    public override GreenInternalNode WithChildren(GreenNode[] children) => new FrusGreenNode((FrusSyntaxKind)RawKind, children, IsError);
}
