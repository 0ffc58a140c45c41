using ParserKit.Frus.Analysis;
using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>The root: optional page breaks, the heading, the body blocks, the footnote section and the end of file.</summary>
public sealed class DocumentSyntax : FrusSyntaxNode
{
    private FootnoteResolution? _footnotes;
    private DocumentIndex? _index;

    internal DocumentSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The heading, or null when the document has none.</summary>
    public HeadingSyntax? Heading => GetNode<HeadingSyntax>();

    /// <summary>The blocks in order: page breaks, heading, paragraphs, in-document headings (not the footnote section).</summary>
    public IEnumerable<FrusSyntaxNode> Blocks => ChildNodes().OfType<FrusSyntaxNode>().Where(n => n.Kind != FrusSyntaxKind.FootnoteSection);

    /// <summary>The footnote bodies at the end, or null when there are none.</summary>
    public FootnoteSectionSyntax? FootnoteSection => GetNode<FootnoteSectionSyntax>();

    /// <summary>The footnote bodies in order (empty when there are none).</summary>
    public IEnumerable<FootnoteSyntax> Footnotes => FootnoteSection?.Footnotes ?? [];

    /// <summary>Every footnote marker in the body of the document, in order.</summary>
    public IEnumerable<FootnoteReferenceSyntax> FootnoteReferences => Index.FootnoteReferences;

    /// <summary>Every page marker, inline or on its own line, in order.</summary>
    public IEnumerable<PageMarkerSyntax> PageMarkers => Index.PageMarkers;

    /// <summary>Every bracketed editorial insert (outermost and nested), in order.</summary>
    public IEnumerable<EditorialInsertSyntax> EditorialInserts => Index.EditorialInserts;

    /// <summary>The zero-width token that ends the document.</summary>
    public SyntaxToken EndOfFileToken => GetToken(FrusSyntaxKind.EndOfFileToken);

    /// <summary>The brackets, skipped text and footnote references, found in one walk on first use and kept.</summary>
    internal DocumentIndex Index => _index ??= DocumentIndex.Build(this);

    internal FootnoteResolution FootnoteResolution => _footnotes ??= FootnoteResolution.Resolve(this);
}
