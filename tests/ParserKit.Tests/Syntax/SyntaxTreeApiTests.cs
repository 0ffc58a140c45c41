using ParserKit.Frus;
using ParserKit.Frus.Syntax;
using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Tests.Syntax;

public class SyntaxTreeApiTests
{
    private const string Document = "617. Aide-Mémoire February 181\n\nText with [Page 5] a marker.2\n\n  1. Source: one.\n  2. Two.\n";

    [Fact]
    public void Red_nodes_are_made_once_and_know_their_parent_and_position()
    {
        var root = FrusSyntaxTree.ParseText(Document).GetRoot();
        var paragraph = root.ChildAt(1).AsNode()!;
        Assert.Same(paragraph, root.ChildAt(1).AsNode());
        Assert.Same(root, paragraph.Parent);
        Assert.Equal(Document.IndexOf("Text", StringComparison.Ordinal), paragraph.Span.Start);
        var marker = root.PageMarkers.Single();
        Assert.Equal(Document.IndexOf("[Page 5]", StringComparison.Ordinal), marker.Span.Start);
        Assert.Equal([FrusSyntaxKind.Paragraph, FrusSyntaxKind.Document], marker.Ancestors().Cast<FrusSyntaxNode>().Select(a => a.Kind));
    }

    [Fact]
    public void Green_nodes_hold_widths_not_positions()
    {
        var root = FrusSyntaxTree.ParseText(Document).GetRoot();
        var green = root.Heading!.Green;
        Assert.Equal(root.Heading.FullSpan.Length, green.FullWidth);
        Assert.Equal(root.Heading.ToFullString(), green.ToFullString());
        Assert.False(green.ContainsErrors);
    }

    [Fact]
    public void FindToken_returns_the_token_whose_full_span_holds_the_position()
    {
        var root = FrusSyntaxTree.ParseText(Document).GetRoot();
        int position = Document.IndexOf("Page", StringComparison.Ordinal) + 1;
        var token = root.FindToken(position);
        Assert.Equal((int)FrusSyntaxKind.PageKeywordToken, token.RawKind);
        Assert.Equal((int)FrusSyntaxKind.EndOfFileToken, root.FindToken(Document.Length).RawKind);
    }

    [Fact]
    public void Identity_rewriter_returns_the_same_instance()
    {
        var root = FrusSyntaxTree.ParseText(Document).GetRoot();
        Assert.Same(root, new IdentityRewriter().Visit(root));
    }

    [Fact]
    public void ReplaceToken_changes_only_that_token_and_shares_the_rest()
    {
        var root = FrusSyntaxTree.ParseText(Document).GetRoot();
        var number = root.PageMarkers.Single().NumberToken;
        var replacement = SyntaxToken.Create(new GreenToken((int)FrusSyntaxKind.PageNumberToken, "759".AsMemory()));
        var edited = (DocumentSyntax)root.ReplaceToken(number, replacement);

        Assert.Equal(Document.Replace("[Page 5]", "[Page 759]", StringComparison.Ordinal), edited.ToFullString());
        Assert.Equal("759", edited.PageMarkers.Single().Number);
        Assert.Same(root.Heading!.Green, edited.Heading!.Green);
        Assert.Equal("[Page 5]", root.PageMarkers.Single().ToString());
    }

    [Fact]
    public void ReplaceNode_swaps_a_subtree()
    {
        var root = FrusSyntaxTree.ParseText(Document).GetRoot();
        var other = FrusSyntaxTree.ParseText("1. Other Title\n").GetRoot().Heading!;
        var edited = root.ReplaceNode(root.Heading!, other);
        Assert.StartsWith("1. Other Title\n\nText with", edited.ToFullString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Walker_visits_every_token_and_trivia_in_order()
    {
        var root = FrusSyntaxTree.ParseText(Document).GetRoot();
        var walker = new TextCollector();
        walker.Visit(root);
        Assert.Equal(Document, walker.Text.ToString());
    }

    [Fact]
    public void Missing_tokens_have_no_width_and_mark_their_ancestors()
    {
        var root = FrusSyntaxTree.ParseText("1. Title\n\nA [Page 9 point.\n").GetRoot();
        var marker = root.PageMarkers.Single();
        Assert.True(marker.CloseBracketToken.IsMissing);
        Assert.Equal(0, marker.CloseBracketToken.Span.Length);
        Assert.True(marker.ContainsErrors);
        Assert.True(root.ContainsErrors);
        Assert.False(root.Heading!.ContainsErrors);
    }

    private sealed class IdentityRewriter : SyntaxRewriter;

    private sealed class TextCollector() : SyntaxWalker(SyntaxWalkerDepth.Trivia)
    {
        public System.Text.StringBuilder Text { get; } = new();

        public override void VisitToken(SyntaxToken token)
        {
            foreach (var trivia in token.LeadingTrivia) Text.Append(trivia.ToString());
            Text.Append(token.Text);
            foreach (var trivia in token.TrailingTrivia) Text.Append(trivia.ToString());
        }
    }
}
