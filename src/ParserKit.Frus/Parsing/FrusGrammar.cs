using Pidgin;
using ParserKit.Frus.Syntax;
using ParserKit.Syntax.InternalSyntax;
using static Pidgin.Parser;
using static Pidgin.Parser<ParserKit.Frus.Parsing.Token>;

namespace ParserKit.Frus.Parsing;

/// <summary>
/// The FRUS grammar as Pidgin combinators over the lexer's tokens. Each production's comment is its line in
/// grammar/frus.ebnf, word for word (a test compares them). The grammar is total: every token sequence
/// parses. It reports nothing itself; it marks what is missing (zero-width tokens) or misplaced
/// (<see cref="FrusSyntaxKind.SkippedText"/>), and the rules report them.
/// </summary>
/// <remarks>
/// A paragraph is one line, so the productions only need to know where lines start
/// (<see cref="TokenFlags.StartsLine"/>): a block's first token starts a line, and inline content after it
/// must not. Recursion (inserts and quotations inside inserts and quotations) is bounded by the lexer, which
/// hands brackets deeper than <see cref="FrusLexer.MaxBracketDepth"/> over as skipped text, and by quotations
/// never nesting in themselves.
/// </remarks>
internal static class FrusGrammar
{
    // inline = page-marker | editorial-insert | unclosed-bracket | skipped | footnote-reference | quotation | citation | TextToken ;
    private static readonly Parser<Token, GreenNode> Inline = InlineAt(LinePlace.Within);
    private static readonly Parser<Token, GreenNode> FirstInline = InlineAt(LinePlace.Start);
    private static readonly Parser<Token, IEnumerable<GreenNode>> RestOfLine = Inline.Many();

    // line-content = inline , { inline } ;
    private static Parser<Token, GreenNode> LineContent(FrusSyntaxKind kind) =>
        FirstInline.Then(RestOfLine, (first, rest) => Node(kind, [first, .. rest]));

    // document-number = NumberToken , [ DotToken ] | "[" , NumberToken , [ "]" ] ;
    private static readonly Parser<Token, GreenNode> DocumentNumber = OneOf(
        Token(t => t.Starts(LineRole.Heading) && t.Kind == FrusSyntaxKind.NumberToken)
            .Then(Is(FrusSyntaxKind.DotToken).Optional(), (number, dot) => Node(FrusSyntaxKind.DocumentNumber, number.Green, OrMissing(dot, FrusSyntaxKind.DotToken))),
        Try(Token(t => t.Starts(LineRole.Heading) && t.Kind == FrusSyntaxKind.OpenBracketToken).Then(Is(FrusSyntaxKind.NumberToken), (open, number) => (open, number)))
            .Then(Is(FrusSyntaxKind.CloseBracketToken).Optional(), (head, close) =>
                Node(FrusSyntaxKind.DocumentNumber, head.open.Green, head.number.Green, OrMissing(close, FrusSyntaxKind.CloseBracketToken))));

    // heading = [ document-number ] , line-content ;
    private static readonly Parser<Token, GreenNode> Heading = OneOf(
        DocumentNumber.Then(RestOfLine, (number, rest) => Node(FrusSyntaxKind.Heading, [number, .. rest])),
        Lookahead(Token(t => t.Starts(LineRole.Heading))).Then(LineContent(FrusSyntaxKind.Heading)));

    // page-break = page-marker ;
    private static readonly Parser<Token, GreenNode> PageBreak =
        Try(PageMarker(LinePlace.Start).Before(Lookahead(Token(t => t.StartsLine))))
            .Select(marker => Node(FrusSyntaxKind.PageBreak, marker));

    // numbered-paragraph = NumberToken , DotToken , { inline } ;
    private static readonly Parser<Token, GreenNode> NumberedParagraph =
        Token(t => t.StartsLine && t.Kind == FrusSyntaxKind.NumberToken)
            .Then(Is(FrusSyntaxKind.DotToken), (number, dot) => (number, dot))
            .Then(RestOfLine, (head, rest) => Node(FrusSyntaxKind.NumberedParagraph, [head.number.Green, head.dot.Green, .. rest]));

    // salutation = TextToken ;
    private static readonly Parser<Token, GreenNode> Salutation =
        Token(t => t.Starts(LineRole.Salutation) && t.Kind == FrusSyntaxKind.TextToken).Select(t => Node(FrusSyntaxKind.Salutation, t.Green));

    // paragraph = salutation , { inline } | line-content ;
    private static readonly Parser<Token, GreenNode> Paragraph = OneOf(
        Salutation.Then(RestOfLine, (salutation, rest) => Node(FrusSyntaxKind.Paragraph, [salutation, .. rest])),
        Lookahead(Token(t => t.Kind is not (FrusSyntaxKind.FootnoteLabelToken or FrusSyntaxKind.EndOfFileToken)))
            .Then(LineContent(FrusSyntaxKind.Paragraph))
            .Select(InDocumentHeadings.Classify));

    // list-item = ListLabelToken , { inline } ;
    private static readonly Parser<Token, GreenNode> ListItem =
        Token(t => t.StartsLine && t.Kind == FrusSyntaxKind.ListLabelToken)
            .Then(RestOfLine, (label, rest) => Node(FrusSyntaxKind.ListItem, [label.Green, .. rest]));

    // dateline = line-content ;
    private static readonly Parser<Token, GreenNode> Dateline = Line(LineRole.Dateline, FrusSyntaxKind.Dateline);

    // file-number = line-content ;
    private static readonly Parser<Token, GreenNode> FileNumber = Line(LineRole.FileNumber, FrusSyntaxKind.FileNumber);

    // editorial-line = line-content ;
    private static readonly Parser<Token, GreenNode> EditorialLine = Line(LineRole.EditorialLine, FrusSyntaxKind.EditorialLine);

    // classification = line-content ;
    private static readonly Parser<Token, GreenNode> Classification = Line(LineRole.Classification, FrusSyntaxKind.Classification);

    // memo-header-label = line-content ;
    private static readonly Parser<Token, GreenNode> MemoHeaderLabel = Line(LineRole.MemoHeaderLabel, FrusSyntaxKind.MemoHeaderLabel);

    // memo-header-item = line-content ;
    private static readonly Parser<Token, GreenNode> MemoHeaderItem = Line(LineRole.MemoHeaderItem, FrusSyntaxKind.MemoHeaderItem);

    // memo-header = memo-header-label , { memo-header-item } ;
    private static readonly Parser<Token, GreenNode> MemoHeader =
        MemoHeaderLabel.Then(MemoHeaderItem.Many(), (label, items) => Node(FrusSyntaxKind.MemoHeader, [label, .. items]));

    // closer = line-content ;
    private static readonly Parser<Token, GreenNode> Closer = Line(LineRole.Closer, FrusSyntaxKind.Closer);

    // signature = line-content ;
    private static readonly Parser<Token, GreenNode> Signature = Line(LineRole.Signature, FrusSyntaxKind.Signature);

    // table-row = line-content ;
    private static readonly Parser<Token, GreenNode> TableRow = Line(LineRole.TableRow, FrusSyntaxKind.TableRow);

    // in-document-heading = line-content ;
    private static readonly Parser<Token, GreenNode> InDocumentHeading = Line(LineRole.InDocumentHeading, FrusSyntaxKind.InDocumentHeading);

    // attachment-label = line-content ;
    private static readonly Parser<Token, GreenNode> AttachmentLabel = Line(LineRole.AttachmentLabel, FrusSyntaxKind.AttachmentLabel);

    // block = page-break | file-number | editorial-line | classification | dateline | memo-header | closer | signature | table-row | attachment-label | in-document-heading | list-item | numbered-paragraph | paragraph | skipped ;
    private static readonly Parser<Token, GreenNode> Block = new Dispatch<GreenNode>(
        new(t => t.Kind == FrusSyntaxKind.OpenBracketToken, PageBreak),
        new(t => t.Starts(LineRole.FileNumber), FileNumber),
        new(t => t.Starts(LineRole.EditorialLine), EditorialLine),
        new(t => t.Starts(LineRole.Classification), Classification),
        new(t => t.Starts(LineRole.Dateline), Dateline),
        new(t => t.Starts(LineRole.MemoHeaderLabel), MemoHeader),
        new(t => t.Starts(LineRole.Closer), Closer),
        new(t => t.Starts(LineRole.Signature), Signature),
        new(t => t.Starts(LineRole.TableRow), TableRow),
        new(t => t.Starts(LineRole.AttachmentLabel), AttachmentLabel),
        new(t => t.Starts(LineRole.InDocumentHeading), InDocumentHeading),
        new(t => t.StartsLine && t.Kind == FrusSyntaxKind.ListLabelToken, ListItem),
        new(t => t.StartsLine && t.Kind == FrusSyntaxKind.NumberToken, NumberedParagraph),
        new(IsBlockContent, Paragraph),
        new(IsBlockContent, Token(IsBlockContent).Select(t => ErrorNode(t.Green))));

    private static bool IsBlockContent(Token t) => t.Kind is not (FrusSyntaxKind.EndOfFileToken or FrusSyntaxKind.FootnoteLabelToken);

    // footnote = FootnoteLabelToken , [ DotToken ] , { inline } ;
    private static readonly Parser<Token, GreenNode> Footnote =
        Token(t => t.StartsLine && t.Kind == FrusSyntaxKind.FootnoteLabelToken)
            .Then(Is(FrusSyntaxKind.DotToken).Optional(), (label, dot) => (label, dot))
            .Then(RestOfLine, (head, rest) => Node(FrusSyntaxKind.Footnote, [head.label.Green, OrMissing(head.dot, FrusSyntaxKind.DotToken), .. rest]));

    // footnote-section = footnote , { footnote } ;
    private static readonly Parser<Token, GreenNode> FootnoteSection =
        Footnote.AtLeastOnce().Select(footnotes => Node(FrusSyntaxKind.FootnoteSection, [.. footnotes]));

    // document = { page-break } , [ heading ] , { block } , [ footnote-section ] , EndOfFileToken ;
    private static readonly Parser<Token, GreenNode> Document =
        Map(
            (pages, heading, blocks, footnotes, end) => Node(
                FrusSyntaxKind.Document,
                [.. pages, .. Optional(heading), .. blocks, .. Optional(footnotes), end.Green]),
            PageBreak.Many(),
            Heading.Optional(),
            Block.Many(),
            FootnoteSection.Optional(),
            Token(t => t.Kind == FrusSyntaxKind.EndOfFileToken));

    /// <summary>Parses the tokens of a whole document. Never fails: should a production ever refuse, the tokens are kept as skipped text.</summary>
    public static GreenNode ParseDocument(ReadOnlySpan<Token> tokens)
    {
        var result = Document.Parse(tokens);
        if (result.Success) return result.Value;
        var children = new GreenNode[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
            children[i] = tokens[i].Kind == FrusSyntaxKind.EndOfFileToken ? tokens[i].Green : ErrorNode(tokens[i].Green);
        return Node(FrusSyntaxKind.Document, children);
    }

    /// <summary>A whole line the classifier judged to be <paramref name="role"/>, as a node of <paramref name="kind"/>.</summary>
    private static Parser<Token, GreenNode> Line(LineRole role, FrusSyntaxKind kind)
        => Lookahead(Token(t => t.Starts(role))).Then(LineContent(kind));

    /// <summary>Whether an inline element may start a line (the first of a block) or must continue one.</summary>
    private enum LinePlace
    {
        Start,
        Within,
    }

    // Dispatch tries only the alternatives that can start with the token at hand; among those (the bracket
    // alternatives all start with "["), the order is the grammar's.
    private static Parser<Token, GreenNode> InlineAt(LinePlace place)
    {
        Alternative<GreenNode> Starting(Func<Token, bool> canStart, Parser<Token, GreenNode> parser)
            => new(t => (place == LinePlace.Start || !t.StartsLine) && canStart(t), parser);
        return new Dispatch<GreenNode>(
            Starting(IsPlain, First(place, IsPlain).Select(token => (GreenNode)token.Green)),
            Starting(t => t.Kind == FrusSyntaxKind.FootnoteMarkerToken, FootnoteReference(place)),
            Starting(t => t.Kind == FrusSyntaxKind.CitationToken, Citation(place)),
            Starting(t => t.Kind == FrusSyntaxKind.OpenQuoteToken, Quotation(place)),
            Starting(t => t.Kind == FrusSyntaxKind.OpenBracketToken, PageMarker(place)),
            Starting(t => t.Kind == FrusSyntaxKind.OpenBracketToken, EditorialInsert(place)),
            Starting(t => t.Kind == FrusSyntaxKind.OpenBracketToken, UnclosedBracket(place)),
            Starting(t => t.Kind is FrusSyntaxKind.OpenBracketToken or FrusSyntaxKind.CloseBracketToken, Skipped(place)));
    }

    private static bool IsPlain(Token t) => t.Kind is FrusSyntaxKind.TextToken or FrusSyntaxKind.NumberToken or FrusSyntaxKind.DotToken
        or FrusSyntaxKind.PageKeywordToken or FrusSyntaxKind.PageNumberToken or FrusSyntaxKind.FootnoteLabelToken;

    // page-marker = "[" , PageKeywordToken , [ PageNumberToken ] , [ "]" ] ;
    private static Parser<Token, GreenNode> PageMarker(LinePlace place) =>
        Try(First(place, t => t.Kind == FrusSyntaxKind.OpenBracketToken).Then(Is(FrusSyntaxKind.PageKeywordToken), (open, keyword) => (open, keyword)))
            .Then(Is(FrusSyntaxKind.PageNumberToken).Optional(), (head, number) => (head.open, head.keyword, number))
            .Then(Is(FrusSyntaxKind.CloseBracketToken).Optional(), (head, close) => Node(
                FrusSyntaxKind.PageMarker,
                head.open.Green, head.keyword.Green,
                OrMissing(head.number, FrusSyntaxKind.PageNumberToken),
                OrMissing(close, FrusSyntaxKind.CloseBracketToken)));

    // editorial-insert = "[" , { inline } , "]" ;
    private static Parser<Token, GreenNode> EditorialInsert(LinePlace place) =>
        First(place, t => t.Kind == FrusSyntaxKind.OpenBracketToken && (t.Flags & (TokenFlags.Unmatched | TokenFlags.TooDeep)) == 0)
            .Then(Rec(() => Inline).Many(), (open, content) => (open, content))
            .Then(Is(FrusSyntaxKind.CloseBracketToken).Optional(), (head, close) =>
                Node(FrusSyntaxKind.EditorialInsert, [head.open.Green, .. head.content, OrMissing(close, FrusSyntaxKind.CloseBracketToken)]));

    // unclosed-bracket = "[" ;
    private static Parser<Token, GreenNode> UnclosedBracket(LinePlace place) =>
        First(place, t => t.Kind == FrusSyntaxKind.OpenBracketToken && t.Has(TokenFlags.Unmatched))
            .Select(open => Node(FrusSyntaxKind.EditorialInsert, open.Green, GreenToken.Missing((int)FrusSyntaxKind.CloseBracketToken)));

    // skipped = "]" | "[" ;
    private static Parser<Token, GreenNode> Skipped(LinePlace place) =>
        First(place, t => t.Kind is FrusSyntaxKind.OpenBracketToken or FrusSyntaxKind.CloseBracketToken && (t.Has(TokenFlags.TooDeep) || t.Has(TokenFlags.Unmatched)))
            .Select(bracket => ErrorNode(bracket.Green));

    // footnote-reference = FootnoteMarkerToken ;
    private static Parser<Token, GreenNode> FootnoteReference(LinePlace place) =>
        First(place, t => t.Kind == FrusSyntaxKind.FootnoteMarkerToken).Select(marker => Node(FrusSyntaxKind.FootnoteReference, marker.Green));

    // quotation = "“" , { inline } , [ "”" ] ;
    private static Parser<Token, GreenNode> Quotation(LinePlace place) =>
        First(place, t => t.Kind == FrusSyntaxKind.OpenQuoteToken)
            .Then(Rec(() => Inline).Many(), (open, content) => (open, content))
            .Then(Is(FrusSyntaxKind.CloseQuoteToken).Optional(), (head, close) =>
                Node(FrusSyntaxKind.Quotation, [head.open.Green, .. head.content, .. Optional(close.Select(c => (GreenNode)c.Green))]));

    // citation = CitationToken ;
    private static Parser<Token, GreenNode> Citation(LinePlace place) =>
        First(place, t => t.Kind == FrusSyntaxKind.CitationToken).Select(citation => Node(FrusSyntaxKind.Citation, citation.Green));

    private static Parser<Token, Token> First(LinePlace place, Func<Token, bool> predicate)
        => place == LinePlace.Within ? Token(t => !t.StartsLine && predicate(t)) : Token(predicate);

    private static Parser<Token, Token> Is(FrusSyntaxKind kind) => Token(t => t.Kind == kind && !t.StartsLine);

    private static GreenNode OrMissing(Maybe<Token> token, FrusSyntaxKind kind)
        => token.HasValue ? token.Value.Green : GreenToken.Missing((int)kind);

    private static GreenNode[] Optional(Maybe<GreenNode> node) => node.HasValue ? [node.Value] : [];

    private static GreenNode Node(FrusSyntaxKind kind, params GreenNode[] children) => new FrusGreenNode(kind, children);

    private static GreenNode ErrorNode(GreenToken token) => new FrusGreenNode(FrusSyntaxKind.SkippedText, [token], isError: true);
}
