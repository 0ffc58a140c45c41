using ParserKit.Frus;
using ParserKit.Syntax;

namespace ParserKit.Tests.Support;

/// <summary>The invariants every tree keeps, checked in one place.</summary>
internal static class TreeAssert
{
    /// <summary>The tree's text is the input, and tokens and trivia tile the input with no gap and no overlap.</summary>
    public static void IsLossless(string text, FrusSyntaxTree tree)
    {
        var root = tree.GetRoot();
        Assert.Equal(text, root.ToFullString());
        Assert.Equal(new ParserKit.Text.TextSpan(0, text.Length), root.FullSpan);
        int position = 0;
        foreach (var token in root.DescendantTokens())
        {
            Assert.Equal(position, token.FullSpan.Start);
            foreach (var trivia in token.LeadingTrivia)
            {
                Assert.Equal(position, trivia.Span.Start);
                position = trivia.Span.End;
            }
            Assert.Equal(position, token.Span.Start);
            Assert.Equal(token.Text, text.Substring(token.Span.Start, token.Span.Length));
            position = token.Span.End;
            foreach (var trivia in token.TrailingTrivia)
            {
                Assert.Equal(position, trivia.Span.Start);
                Assert.Equal(trivia.ToString(), text.Substring(trivia.Span.Start, trivia.Span.Length));
                position = trivia.Span.End;
            }
        }
        Assert.Equal(text.Length, position);
        AssertNodeSpans(root);
    }

    /// <summary>Every node's full span is the union of its children's, in order.</summary>
    private static void AssertNodeSpans(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes(includeSelf: true))
        {
            int position = node.FullSpan.Start;
            foreach (var child in node.ChildNodesAndTokens())
            {
                Assert.Equal(position, child.FullSpan.Start);
                position = child.FullSpan.End;
            }
            Assert.Equal(node.FullSpan.End, position);
        }
    }
}
