using ParserKit.Frus.Syntax;
using ParserKit.Syntax;

namespace ParserKit.Frus.Rules;

/// <summary>The prose the rules read: text tokens (page markers, footnote markers and labels left out) and the paragraphs they form.</summary>
internal static class Prose
{
    /// <summary>The tokens of <paramref name="node"/> that hold prose, in order, inserts included: text, citations and quotation marks.</summary>
    public static IEnumerable<SyntaxToken> Runs(SyntaxNode node)
        => node.DescendantTokens().Where(t => (FrusSyntaxKind)t.RawKind is FrusSyntaxKind.TextToken or FrusSyntaxKind.CitationToken
            or FrusSyntaxKind.OpenQuoteToken or FrusSyntaxKind.CloseQuoteToken);

    /// <summary>The paragraphs of the body in reading order: heading, paragraphs and in-document headings (page breaks left out).</summary>
    public static IEnumerable<FrusSyntaxNode> BodyParagraphs(DocumentSyntax document)
        => document.Blocks.Where(b => b.Kind != FrusSyntaxKind.PageBreak);
}
