using ParserKit.Frus.Syntax;
using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;
using ParserKit.Text;

namespace ParserKit.Frus.Rules;

/// <summary>The prose the rules read: text tokens (page markers, footnote markers and labels left out) and the paragraphs they form.</summary>
internal static class Prose
{
    /// <summary>
    /// Fills <paramref name="runs"/> (cleared first) with the spans of the tokens of <paramref name="node"/> that hold
    /// prose, in order, inserts included: text, citations and quotation marks. It walks the green nodes, so it makes
    /// no red nodes and allocates nothing once the list has grown; rules reuse one list for every paragraph.
    /// </summary>
    public static void CollectRuns(SyntaxNode node, List<TextSpan> runs)
    {
        runs.Clear();
        AddRuns(node.Green, node.Position, runs);
    }

    /// <summary>
    /// The nodes that together hold all the prose of <paramref name="document"/>, for scans of the whole document
    /// a node at a time: its children (its only token of its own is the end of file).
    /// </summary>
    public static IEnumerable<SyntaxNode> Blocks(DocumentSyntax document) => document.ChildNodes();

    /// <summary>The paragraphs of the body in reading order: heading, paragraphs and in-document headings (page breaks left out).</summary>
    public static IEnumerable<FrusSyntaxNode> BodyParagraphs(DocumentSyntax document)
        => document.Blocks.Where(b => b.Kind != FrusSyntaxKind.PageBreak);

    private static void AddRuns(GreenNode node, int position, List<TextSpan> runs)
    {
        for (int i = 0; i < node.SlotCount; i++)
        {
            var child = node.GetSlot(i);
            if (child is GreenToken token)
            {
                if (IsProse(token)) runs.Add(new TextSpan(position + token.LeadingTriviaWidth, token.Text.Length));
            }
            else
            {
                AddRuns(child, position, runs);
            }
            position += child.FullWidth;
        }
    }

    private static bool IsProse(GreenToken token) => (FrusSyntaxKind)token.RawKind is FrusSyntaxKind.TextToken or FrusSyntaxKind.CitationToken
        or FrusSyntaxKind.OpenQuoteToken or FrusSyntaxKind.CloseQuoteToken;
}
