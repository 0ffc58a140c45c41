using ParserKit.Frus.Analysis;
using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>
/// A citation in the prose: another FRUS volume (<c>Foreign Relations, 1961–1963, volume XI, pages 861–862</c>),
/// <c>ibid.</c>, or a document of this volume (<c>Document 350</c>, <c>footnote 2, Document 160</c>).
/// </summary>
public sealed class CitationSyntax : FrusSyntaxNode
{
    private CitationParts? _parts;

    internal CitationSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The citation's token.</summary>
    public SyntaxToken CitationToken => GetToken(FrusSyntaxKind.CitationToken);

    /// <summary>The citation as printed.</summary>
    public string Text => CitationToken.Text;

    /// <summary>The parts: kind, years, volume, part, pages, document and footnote.</summary>
    public CitationParts Parts => _parts ??= Citations.Parse(Text) ?? new CitationParts(CitationKind.Document, null, null, null, null, null, null, null);

    /// <summary>What the citation points at.</summary>
    public CitationKind CitationKind => Parts.Kind;
}
