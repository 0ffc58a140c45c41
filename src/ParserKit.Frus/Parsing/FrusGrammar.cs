using Pidgin;
using ParserKit.Frus.Syntax;
using ParserKit.Syntax.InternalSyntax;
using static Pidgin.Parser;
using static Pidgin.Parser<ParserKit.Frus.Parsing.Token>;

namespace ParserKit.Frus.Parsing;

/// <summary>
/// The FRUS grammar as Pidgin combinators over the lexer's tokens. Production names follow grammar/frus.ebnf.
/// The grammar is total: every token sequence parses. It reports nothing itself; it marks what is missing
/// (zero-width tokens) or misplaced (<see cref="FrusSyntaxKind.SkippedText"/>), and the rules report them.
/// </summary>
/// <remarks>
/// A paragraph is one line, so the productions only need to know where lines start
/// (<see cref="TokenFlags.StartsLine"/>). Inline content may begin a line (<see cref="LineInline"/>) or must
/// continue one (<see cref="Inline"/>). Nesting recursion is bounded by the lexer, which hands brackets deeper
/// than <see cref="FrusLexer.MaxBracketDepth"/> over as skipped text.
/// </remarks>
internal static class FrusGrammar
{
    // inline = page-marker | editorial-insert | unclosed-bracket | skipped | footnote-reference | quotation | citation | text
    private static readonly Parser<Token, GreenNode> Inline = InlineElement(continuing: true);
    private static readonly Parser<Token, GreenNode> LineInline = InlineElement(continuing: false);
    private static readonly Parser<Token, IEnumerable<GreenNode>> RestOfLine = Inline.Many();

    // heading = [ document-number ] line-content
    private static readonly Parser<Token, GreenNode> DocumentNumber = OneOf(
        Token(t => t.Has(TokenFlags.StartsHeading) && t.Kind == FrusSyntaxKind.NumberToken)
            .Then(Is(FrusSyntaxKind.DotToken).Optional(), (number, dot) => Node(FrusSyntaxKind.DocumentNumber, number.Green, OrMissing(dot, FrusSyntaxKind.DotToken))),
        Try(Token(t => t.Has(TokenFlags.StartsHeading) && t.Kind == FrusSyntaxKind.OpenBracketToken).Then(Is(FrusSyntaxKind.NumberToken), (open, number) => (open, number)))
            .Then(Is(FrusSyntaxKind.CloseBracketToken).Optional(), (pair, close) =>
                Node(FrusSyntaxKind.DocumentNumber, pair.open.Green, pair.number.Green, OrMissing(close, FrusSyntaxKind.CloseBracketToken))));

    private static readonly Parser<Token, GreenNode> Heading = OneOf(
        DocumentNumber.Then(RestOfLine, (number, rest) => Node(FrusSyntaxKind.Heading, [number, .. rest])),
        Lookahead(Token(t => t.Has(TokenFlags.StartsHeading))).Then(LineContent(FrusSyntaxKind.Heading)));

    // page-break = page-marker (alone on its line)
    private static readonly Parser<Token, GreenNode> PageBreak =
        Try(PageMarker(continuing: false).Before(Lookahead(Token(t => t.StartsLine))))
            .Select(marker => Node(FrusSyntaxKind.PageBreak, marker));

    // numbered-paragraph = number "." line-content
    private static readonly Parser<Token, GreenNode> NumberedParagraph =
        Token(t => t.StartsLine && t.Kind == FrusSyntaxKind.NumberToken)
            .Then(Is(FrusSyntaxKind.DotToken), (number, dot) => (number, dot))
            .Then(RestOfLine, (head, rest) => Node(FrusSyntaxKind.NumberedParagraph, [head.number.Green, head.dot.Green, .. rest]));

    // paragraph = line-content   (a short title line is an in-document heading)
    private static readonly Parser<Token, GreenNode> Paragraph =
        Lookahead(Token(t => t.Kind is not (FrusSyntaxKind.FootnoteLabelToken or FrusSyntaxKind.EndOfFileToken)))
            .Then(LineContent(FrusSyntaxKind.Paragraph))
            .Select(ClassifyParagraph);

    // footnote = label "." line-content
    private static readonly Parser<Token, GreenNode> Footnote =
        Token(t => t.StartsLine && t.Kind == FrusSyntaxKind.FootnoteLabelToken)
            .Then(Is(FrusSyntaxKind.DotToken).Optional(), (label, dot) => (label, dot))
            .Then(RestOfLine, (head, rest) => Node(FrusSyntaxKind.Footnote, [head.label.Green, OrMissing(head.dot, FrusSyntaxKind.DotToken), .. rest]));

    private static readonly Parser<Token, GreenNode> FootnoteSection =
        Footnote.AtLeastOnce().Select(footnotes => Node(FrusSyntaxKind.FootnoteSection, [.. footnotes]));

    // Anything else at the start of a line, kept as skipped text so that the grammar never fails.
    private static readonly Parser<Token, GreenNode> Stray =
        Token(t => t.Kind is not (FrusSyntaxKind.EndOfFileToken or FrusSyntaxKind.FootnoteLabelToken)).Select(t => ErrorNode(t.Green));

    private static readonly Parser<Token, GreenNode> Block = OneOf(PageBreak, NumberedParagraph, Paragraph, Stray);

    // document = { page-break } [ heading ] { block } [ footnote-section ] end-of-file
    private static readonly Parser<Token, GreenNode> Document =
        Map(
            (pages, heading, blocks, footnotes, end) => (GreenNode)Node(
                FrusSyntaxKind.Document,
                [.. pages, .. heading.HasValue ? [heading.Value] : Array.Empty<GreenNode>(), .. blocks,
                 .. footnotes.HasValue ? [footnotes.Value] : Array.Empty<GreenNode>(), end.Green]),
            PageBreak.Many(),
            Heading.Optional(),
            Block.Many(),
            FootnoteSection.Optional(),
            Token(t => t.Kind == FrusSyntaxKind.EndOfFileToken));

    /// <summary>Parses the tokens of a whole document. Never fails: should a production ever refuse, the tokens are kept as skipped text.</summary>
    public static GreenNode ParseDocument(Token[] tokens)
    {
        var result = Document.Parse(tokens);
        if (result.Success) return result.Value;
        var children = tokens.Select(t => t.Kind == FrusSyntaxKind.EndOfFileToken ? (GreenNode)t.Green : ErrorNode(t.Green)).ToArray();
        return Node(FrusSyntaxKind.Document, children);
    }

    private static Parser<Token, GreenNode> InlineElement(bool continuing) => OneOf(
        PageMarker(continuing),
        EditorialInsert(continuing),
        First(continuing, t => t.Kind == FrusSyntaxKind.OpenBracketToken && t.Has(TokenFlags.Unmatched))
            .Select(open => Node(FrusSyntaxKind.EditorialInsert, open.Green, GreenToken.Missing((int)FrusSyntaxKind.CloseBracketToken))),
        First(continuing, t => t.Kind is FrusSyntaxKind.OpenBracketToken or FrusSyntaxKind.CloseBracketToken && (t.Has(TokenFlags.TooDeep) || t.Has(TokenFlags.Unmatched)))
            .Select(bracket => (GreenNode)ErrorNode(bracket.Green)),
        First(continuing, t => t.Kind == FrusSyntaxKind.FootnoteMarkerToken)
            .Select(marker => Node(FrusSyntaxKind.FootnoteReference, marker.Green)),
        Quotation(continuing),
        First(continuing, t => t.Kind == FrusSyntaxKind.CitationToken)
            .Select(citation => Node(FrusSyntaxKind.Citation, citation.Green)),
        First(continuing, t => t.Kind is FrusSyntaxKind.TextToken or FrusSyntaxKind.NumberToken or FrusSyntaxKind.DotToken
                or FrusSyntaxKind.PageKeywordToken or FrusSyntaxKind.PageNumberToken or FrusSyntaxKind.FootnoteLabelToken)
            .Select(token => (GreenNode)token.Green));

    // quotation = "“" { inline } [ "”" ]   (no "”" when the quotation goes on in the next paragraph)
    private static Parser<Token, GreenNode> Quotation(bool continuing) =>
        First(continuing, t => t.Kind == FrusSyntaxKind.OpenQuoteToken)
            .Then(Rec(() => Inline).Many(), (open, content) => (open, content))
            .Then(Is(FrusSyntaxKind.CloseQuoteToken).Optional(), (head, close) =>
                Node(FrusSyntaxKind.Quotation, [head.open.Green, .. head.content, .. close.HasValue ? [close.Value.Green] : Array.Empty<GreenNode>()]));

    // page-marker = "[" page-keyword [ page-number ] "]"
    private static Parser<Token, GreenNode> PageMarker(bool continuing) =>
        Try(First(continuing, t => t.Kind == FrusSyntaxKind.OpenBracketToken).Then(Is(FrusSyntaxKind.PageKeywordToken), (open, keyword) => (open, keyword)))
            .Then(Is(FrusSyntaxKind.PageNumberToken).Optional(), (head, number) => (head.open, head.keyword, number))
            .Then(Is(FrusSyntaxKind.CloseBracketToken).Optional(), (head, close) => Node(
                FrusSyntaxKind.PageMarker,
                head.open.Green, head.keyword.Green,
                OrMissing(head.number, FrusSyntaxKind.PageNumberToken),
                OrMissing(close, FrusSyntaxKind.CloseBracketToken)));

    // editorial-insert = "[" { inline } "]"
    private static Parser<Token, GreenNode> EditorialInsert(bool continuing) =>
        First(continuing, t => t.Kind == FrusSyntaxKind.OpenBracketToken && (t.Flags & (TokenFlags.Unmatched | TokenFlags.TooDeep)) == 0)
            .Then(Rec(() => Inline).Many(), (open, content) => (open, content))
            .Then(Is(FrusSyntaxKind.CloseBracketToken).Optional(), (head, close) =>
                Node(FrusSyntaxKind.EditorialInsert, [head.open.Green, .. head.content, OrMissing(close, FrusSyntaxKind.CloseBracketToken)]));

    private static Parser<Token, GreenNode> LineContent(FrusSyntaxKind kind) =>
        LineInline.Then(RestOfLine, (first, rest) => Node(kind, [first, .. rest]));

    /// <summary>A short line in capitals or in parentheses is a title inside the document (<c>AIDE MEMOIRE</c>, <c>(Informal Translation)</c>).</summary>
    private static GreenNode ClassifyParagraph(GreenNode paragraph)
    {
        if (paragraph.FullWidth > 120 || paragraph.SlotCount != 1 || paragraph.GetSlot(0) is not GreenToken { RawKind: (int)FrusSyntaxKind.TextToken } token)
            return paragraph;
        var text = token.Text.Span;
        bool parenthesised = text.Length > 2 && text[0] == '(' && text[^1] == ')' && text.IndexOf(')') == text.Length - 1;
        bool capitals = text.IndexOfAnyInRange('a', 'z') < 0 && text.ContainsAnyInRange('A', 'Z') && !text.Contains('.');
        return parenthesised || capitals ? Node(FrusSyntaxKind.InDocumentHeading, token) : paragraph;
    }

    private static Parser<Token, Token> First(bool continuing, Func<Token, bool> predicate)
        => continuing ? Token(t => !t.StartsLine && predicate(t)) : Token(predicate);

    private static Parser<Token, Token> Is(FrusSyntaxKind kind) => Token(t => t.Kind == kind && !t.StartsLine);

    private static GreenNode OrMissing(Maybe<Token> token, FrusSyntaxKind kind)
        => token.HasValue ? token.Value.Green : GreenToken.Missing((int)kind);

    private static GreenNode Node(FrusSyntaxKind kind, params GreenNode[] children) => new FrusGreenNode(kind, children);

    private static GreenNode ErrorNode(GreenToken token) => new FrusGreenNode(FrusSyntaxKind.SkippedText, [token], isError: true);
}
