namespace ParserKit.Frus.Syntax;

/// <summary>
/// Every kind of token, trivia and node in a FRUS syntax tree. grammar/kinds.md lists the same names
/// (a test keeps the two in step). Values are stable: new kinds are added at the end of their group.
/// </summary>
public enum FrusSyntaxKind : ushort
{
    /// <summary>No kind (a default token).</summary>
    None = 0,

    // Tokens
    /// <summary>Zero-width token that ends the document; its leading trivia holds trailing blank lines.</summary>
    EndOfFileToken = 1,
    /// <summary>A run of prose: any characters but brackets, line breaks and footnote markers.</summary>
    TextToken = 2,
    /// <summary><c>[</c></summary>
    OpenBracketToken = 3,
    /// <summary><c>]</c></summary>
    CloseBracketToken = 4,
    /// <summary>Digits that number a document or a paragraph at the start of a line: <c>353</c> in <c>353. Editorial Note</c>.</summary>
    NumberToken = 5,
    /// <summary>The period after a number at the start of a line.</summary>
    DotToken = 6,
    /// <summary>A footnote marker glued to the text: <c>1</c> in <c>February 181</c>.</summary>
    FootnoteMarkerToken = 7,
    /// <summary>The label that opens a footnote body: <c>1</c> in <c>  1. Source: …</c>.</summary>
    FootnoteLabelToken = 8,
    /// <summary><c>Page</c>, <c>Facsimile Page</c> or <c>Typeset Page</c> inside a page marker.</summary>
    PageKeywordToken = 9,
    /// <summary>The page number of a page marker as printed: <c>759</c>, <c>VII</c>, <c>[X]</c>.</summary>
    PageNumberToken = 10,
    /// <summary><c>“</c> that opens a quotation.</summary>
    OpenQuoteToken = 11,
    /// <summary><c>”</c> that closes a quotation.</summary>
    CloseQuoteToken = 12,
    /// <summary>The text of a citation: <c>Foreign Relations, 1961–1963, volume XI, pages 861–862</c>, <c>ibid., pages 866–867</c>.</summary>
    CitationToken = 13,
    /// <summary>The label that opens a list item: <c>(a)</c>, <c>a.</c>, <c>(1)</c>, <c>1)</c>.</summary>
    ListLabelToken = 14,

    // Trivia
    /// <summary>Spaces and tabs at the start or end of a line.</summary>
    WhitespaceTrivia = 100,
    /// <summary>A line break: <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</summary>
    EndOfLineTrivia = 101,

    // Nodes
    /// <summary>The whole document: heading, blocks, footnotes, end of file.</summary>
    Document = 200,
    /// <summary>The document heading: <c>353. Editorial Note</c>, <c>[101] Title</c> or a bare title.</summary>
    Heading = 201,
    /// <summary>The number of a heading: <c>353.</c> or <c>[101]</c>.</summary>
    DocumentNumber = 202,
    /// <summary>A line of prose.</summary>
    Paragraph = 203,
    /// <summary>A paragraph that opens with a number and a period: <c>1. This memorandum …</c>, <c>490. Most literally …</c>.</summary>
    NumberedParagraph = 204,
    /// <summary>A short title line inside the document: <c>AIDE MEMOIRE</c>, <c>(Informal Translation)</c>.</summary>
    InDocumentHeading = 205,
    /// <summary>A page marker alone on its line, between blocks.</summary>
    PageBreak = 206,
    /// <summary><c>[Page 759]</c>, <c>[Facsimile Page 1]</c>, <c>[Typeset Page 1609]</c>, <c>[Page VII]</c>, <c>[Page [X]]</c>.</summary>
    PageMarker = 207,
    /// <summary>A footnote marker in the text.</summary>
    FootnoteReference = 208,
    /// <summary>The footnote bodies at the end of the document.</summary>
    FootnoteSection = 209,
    /// <summary>One footnote body: <c>  1. Source: …</c>.</summary>
    Footnote = 210,
    /// <summary>Bracketed editorial text: <c>[text not declassified]</c>, <c>H[enry]</c>, <c>[Paraphrase]</c>.</summary>
    EditorialInsert = 211,
    /// <summary>Text the grammar could not place (a <c>]</c> with no <c>[</c>, brackets nested too deep).</summary>
    SkippedText = 212,
    /// <summary>Quoted text: <c>“…”</c>; a quotation running over several paragraphs has no <c>”</c> until its last one.</summary>
    Quotation = 213,
    /// <summary>A reference to a publication or document: <c>Foreign Relations, 1961–1963, volume XI, pages 861–862</c>, <c>ibid.</c>, <c>Document 350</c>.</summary>
    Citation = 214,
    /// <summary>Place, date and time of a document: <c>Washington, February 9, 1961, 7 p.m.</c>, <c>[place not declassified], January 30, 1954, 0907Z.</c></summary>
    Dateline = 215,
    /// <summary>The archival file number older volumes print under the heading: <c>195.2/300a</c>, <c>500.A15a3/1218: Telegram</c>.</summary>
    FileNumber = 216,
    /// <summary>A line that is one editorial insert: <c>[Paraphrase]</c>, <c>[Received October 28—4:30 p.m.]</c>.</summary>
    EditorialLine = 217,
    /// <summary>A classification or precedence line: <c>secret</c>, <c>us urgent</c>, <c>niact</c>.</summary>
    Classification = 218,
    /// <summary>A memorandum header list: a label (<c>SUBJECT</c>, <c>PARTICIPANTS</c>) and its items.</summary>
    MemoHeader = 219,
    /// <summary>The label of a memorandum header list: <c>SUBJECT</c>, <c>PARTICIPANTS</c>, <c>TO</c>, <c>FROM</c>.</summary>
    MemoHeaderLabel = 220,
    /// <summary>One item of a memorandum header list: <c>The President</c>.</summary>
    MemoHeaderItem = 221,
    /// <summary>The salutation that opens a letter: <c>Sir:</c>, <c>My Dear Mr. President:</c>.</summary>
    Salutation = 222,
    /// <summary>A complimentary close: <c>Faithfully yours,</c>, <c>With assurances [etc.]</c>.</summary>
    Closer = 223,
    /// <summary>A signature line: <c>W. J. Bryan</c>, <c>Rusk</c>, <c>[File copy not signed]</c>.</summary>
    Signature = 224,
    /// <summary>A table row, cells separated by tabs.</summary>
    TableRow = 225,
    /// <summary>A list item with a label: <c>(a) In addition …</c>, <c>a. Extension …</c>.</summary>
    ListItem = 226,
    /// <summary>The label that starts an attachment: <c>[Enclosure]</c>, <c>Attachment</c>, <c>Tab A</c>.</summary>
    AttachmentLabel = 227,
}
