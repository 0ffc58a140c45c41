using System.Collections.ObjectModel;

namespace ParserKit.Frus.Syntax;

/// <summary>
/// The nodes of a document that properties and rules keep asking for: brackets (editorial inserts and page markers),
/// skipped text and footnote references, each in document order. Found in one walk of the tree and kept by the
/// document, so that each rule need not walk every node again.
/// </summary>
internal sealed class DocumentIndex
{
    private DocumentIndex(List<FrusSyntaxNode> brackets, List<PageMarkerSyntax> pageMarkers, List<EditorialInsertSyntax> editorialInserts,
        List<SkippedTextSyntax> skippedTexts, List<FootnoteReferenceSyntax> footnoteReferences)
    {
        Brackets = brackets.AsReadOnly();
        PageMarkers = pageMarkers.AsReadOnly();
        EditorialInserts = editorialInserts.AsReadOnly();
        SkippedTexts = skippedTexts.AsReadOnly();
        FootnoteReferences = footnoteReferences.AsReadOnly();
    }

    /// <summary>Editorial inserts (outermost and nested) and page markers, in order.</summary>
    public ReadOnlyCollection<FrusSyntaxNode> Brackets { get; }

    /// <summary>Page markers, inline or on their own line, in order.</summary>
    public ReadOnlyCollection<PageMarkerSyntax> PageMarkers { get; }

    /// <summary>Editorial inserts, outermost and nested, in order.</summary>
    public ReadOnlyCollection<EditorialInsertSyntax> EditorialInserts { get; }

    /// <summary>Text the parser kept without structure (a lone ']', brackets nested too deep), in order.</summary>
    public ReadOnlyCollection<SkippedTextSyntax> SkippedTexts { get; }

    /// <summary>Footnote references (the markers), in order.</summary>
    public ReadOnlyCollection<FootnoteReferenceSyntax> FootnoteReferences { get; }

    public static DocumentIndex Build(DocumentSyntax document)
    {
        List<FrusSyntaxNode> brackets = [];
        List<PageMarkerSyntax> pageMarkers = [];
        List<EditorialInsertSyntax> editorialInserts = [];
        List<SkippedTextSyntax> skippedTexts = [];
        List<FootnoteReferenceSyntax> footnoteReferences = [];
        foreach (var node in document.DescendantNodes())
        {
            switch (node)
            {
                case EditorialInsertSyntax insert:
                    brackets.Add(insert);
                    editorialInserts.Add(insert);
                    break;
                case PageMarkerSyntax marker:
                    brackets.Add(marker);
                    pageMarkers.Add(marker);
                    break;
                case SkippedTextSyntax skipped:
                    skippedTexts.Add(skipped);
                    break;
                case FootnoteReferenceSyntax reference:
                    footnoteReferences.Add(reference);
                    break;
            }
        }
        return new DocumentIndex(brackets, pageMarkers, editorialInserts, skippedTexts, footnoteReferences);
    }
}
