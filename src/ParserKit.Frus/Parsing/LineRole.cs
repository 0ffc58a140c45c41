namespace ParserKit.Frus.Parsing;

/// <summary>What a line is, judged by <see cref="LineClassifier"/> before lexing from its text and its place.</summary>
internal enum LineRole : byte
{
    /// <summary>Blank, or not yet judged.</summary>
    None,
    Heading,
    PageBreak,
    FileNumber,
    EditorialLine,
    Classification,
    Dateline,
    MemoHeaderLabel,
    MemoHeaderItem,
    Salutation,
    Closer,
    Signature,
    TableRow,
    ListItem,
    AttachmentLabel,
    InDocumentHeading,
    Paragraph,
    Footnote,
}
