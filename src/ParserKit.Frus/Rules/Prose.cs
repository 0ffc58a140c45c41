using ParserKit.Frus.Syntax;
using ParserKit.Syntax;

namespace ParserKit.Frus.Rules;

/// <summary>The prose the rules read: text tokens (page markers, footnote markers and labels left out) and the paragraphs they form.</summary>
internal static class Prose
{
    /// <summary>The text tokens of <paramref name="node"/>, in order, inserts included.</summary>
    public static IEnumerable<SyntaxToken> Runs(SyntaxNode node)
        => node.DescendantTokens().Where(t => t.RawKind == (int)FrusSyntaxKind.TextToken);

    /// <summary>The paragraphs of the body in reading order: heading, paragraphs and in-document headings (page breaks left out).</summary>
    public static IEnumerable<FrusSyntaxNode> BodyParagraphs(DocumentSyntax document)
        => document.Blocks.Where(b => b.Kind != FrusSyntaxKind.PageBreak);
}
