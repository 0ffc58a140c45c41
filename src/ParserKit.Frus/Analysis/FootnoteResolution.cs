using ParserKit.Frus.Syntax;

namespace ParserKit.Frus.Analysis;

/// <summary>
/// Which footnote body each marker refers to. Labels normally occur once; where a volume repeats a label
/// (<c>5, 5, 6</c>), the n-th marker with a label refers to the n-th body with it.
/// </summary>
internal sealed class FootnoteResolution
{
    private readonly Dictionary<int, FootnoteSyntax> _footnoteByReference = [];
    private readonly Dictionary<int, List<FootnoteReferenceSyntax>> _referencesByFootnote = [];

    private FootnoteResolution()
    {
    }

    public static FootnoteResolution Resolve(DocumentSyntax document)
    {
        var resolution = new FootnoteResolution();
        var bodies = new Dictionary<string, List<FootnoteSyntax>>(StringComparer.Ordinal);
        foreach (var footnote in document.Footnotes)
        {
            if (!bodies.TryGetValue(footnote.Label, out var list)) bodies[footnote.Label] = list = [];
            list.Add(footnote);
        }
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var reference in document.FootnoteReferences)
        {
            if (!bodies.TryGetValue(reference.Label, out var candidates)) continue;
            used.TryGetValue(reference.Label, out int count);
            used[reference.Label] = count + 1;
            var footnote = candidates[Math.Min(count, candidates.Count - 1)];
            resolution._footnoteByReference[reference.Position] = footnote;
            if (!resolution._referencesByFootnote.TryGetValue(footnote.Position, out var references))
                resolution._referencesByFootnote[footnote.Position] = references = [];
            references.Add(reference);
        }
        return resolution;
    }

    public FootnoteSyntax? FootnoteOf(FootnoteReferenceSyntax reference) => _footnoteByReference.GetValueOrDefault(reference.Position);

    public IReadOnlyList<FootnoteReferenceSyntax> ReferencesOf(FootnoteSyntax footnote)
        => _referencesByFootnote.TryGetValue(footnote.Position, out var list) ? list : [];
}
