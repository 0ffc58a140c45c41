using ParserKit.Frus.Analysis;
using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>
/// Bracketed text: an editor's insertion (<c>[text not declassified]</c>, <c>[Omitted here is …]</c>,
/// <c>[Received October 28—4:30 p.m.]</c>, <c>H[enry]</c>, <c>76 [73]</c>) or a bracket of the source itself.
/// </summary>
public sealed class EditorialInsertSyntax : FrusSyntaxNode
{
    internal EditorialInsertSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary><c>[</c></summary>
    public SyntaxToken OpenBracketToken => GetToken(FrusSyntaxKind.OpenBracketToken);

    /// <summary><c>]</c> (missing when the paragraph ends first).</summary>
    public SyntaxToken CloseBracketToken => ChildCount > 0 && ChildAt(ChildCount - 1) is { IsToken: true } last
        && last.RawKind == (int)FrusSyntaxKind.CloseBracketToken ? last.AsToken() : default;

    /// <summary>The content between the brackets.</summary>
    public IEnumerable<SyntaxNodeOrToken> Content => ChildNodesAndTokens().Skip(1).SkipLast(1);

    /// <summary>The insert as a reader sees it, brackets included and footnote markers left out: <c>[text not declassified]</c>.</summary>
    public string Text => IsUnclosed ? "[" : "[" + InnerText + "]";

    /// <summary>The text between the brackets, without footnote markers.</summary>
    public string InnerText => InlineContent.Text(this, 1, Math.Max(1, ChildCount - 1), trim: false);

    /// <summary>True when <see cref="InnerText"/> is only white space (or nothing): <c>[]</c>, <c>[ ]</c>.</summary>
    internal bool IsBlank => InlineContent.IsBlank(this, 1, Math.Max(1, ChildCount - 1));

    /// <summary>True when the paragraph ends before the <c>]</c>.</summary>
    public bool IsUnclosed => CloseBracketToken.IsMissing;

    /// <summary>What kind of insert this is, judged from its wording and where it stands.</summary>
    public InsertCategory Category => InsertClassifier.Classify(this);
}
