using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>A block that is one line of inline content, judged by its text and its place in the document.</summary>
public abstract class LineSyntax : FrusSyntaxNode
{
    private protected LineSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The line as a reader sees it, without footnote markers.</summary>
    public string Text => InlineContent.Text(this);

    /// <summary>The inline content in order.</summary>
    public IEnumerable<SyntaxNodeOrToken> Inlines => ChildNodesAndTokens();
}

/// <summary>The archival file number older volumes print under the heading: <c>195.2/300a</c>, <c>500.A15a3/1218: Telegram</c>.</summary>
public sealed class FileNumberSyntax : LineSyntax
{
    internal FileNumberSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The file number without what follows a colon (<c>500.A15a3/1218</c>).</summary>
    public string Number => Text.Split(": ", 2)[0];

    /// <summary>What follows the colon (<c>Telegram</c>, <c>Circular telegram</c>), or null.</summary>
    public string? Channel => Text.Split(": ", 2) is [_, var channel] ? channel : null;
}

/// <summary>A line that is one editorial insert: <c>[Paraphrase]</c>, <c>[Received October 28—4:30 p.m.]</c>.</summary>
public sealed class EditorialLineSyntax : LineSyntax
{
    internal EditorialLineSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The insert.</summary>
    public EditorialInsertSyntax? Insert => GetNode<EditorialInsertSyntax>();
}

/// <summary>A classification or precedence line of the opener: <c>secret</c>, <c>us urgent</c>, <c>niact</c> (small capitals in print).</summary>
public sealed class ClassificationSyntax : LineSyntax
{
    internal ClassificationSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }
}

/// <summary>The label of a memorandum header list: <c>SUBJECT</c>, <c>PARTICIPANTS</c>, <c>TO</c>, <c>FROM</c>.</summary>
public sealed class MemoHeaderLabelSyntax : LineSyntax
{
    internal MemoHeaderLabelSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }
}

/// <summary>One item of a memorandum header list.</summary>
public sealed class MemoHeaderItemSyntax : LineSyntax
{
    internal MemoHeaderItemSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }
}

/// <summary>A memorandum header list: <c>PARTICIPANTS</c> and the people, one per line.</summary>
public sealed class MemoHeaderSyntax : FrusSyntaxNode
{
    internal MemoHeaderSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The label line.</summary>
    public MemoHeaderLabelSyntax Label => GetNode<MemoHeaderLabelSyntax>()!;

    /// <summary>The items in order.</summary>
    public IEnumerable<MemoHeaderItemSyntax> Items => ChildNodes().OfType<MemoHeaderItemSyntax>();
}

/// <summary>A complimentary close: <c>Faithfully yours,</c>, <c>With assurances [etc.]</c>.</summary>
public sealed class CloserSyntax : LineSyntax
{
    internal CloserSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }
}

/// <summary>A signature line: <c>W. J. Bryan</c>, <c>Rusk</c>, <c>[File copy not signed]</c>.</summary>
public sealed class SignatureSyntax : LineSyntax
{
    internal SignatureSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }
}

/// <summary>A table row: cells separated by tabs (an empty cell stays empty).</summary>
public sealed class TableRowSyntax : LineSyntax
{
    internal TableRowSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The cells' text, footnote markers left out (a leading tab is an empty first cell).</summary>
    public IReadOnlyList<string> Cells
    {
        get
        {
            // The row's leading trivia may hold blank lines before it; the row itself is what follows the last break.
            string row = InlineContent.Text(this, trim: false).TrimEnd('\r', '\n');
            return row[(row.LastIndexOfAny(['\r', '\n']) + 1)..].Split('\t');
        }
    }
}

/// <summary>The label that starts an attachment: <c>[Enclosure]</c>, <c>Attachment</c>, <c>Tab A</c>, <c>[Annex A]</c>.</summary>
public sealed class AttachmentLabelSyntax : LineSyntax
{
    internal AttachmentLabelSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }
}

/// <summary>A list item with a label: <c>(a) In addition …</c>, <c>a. Extension …</c>, <c>(1) Continue …</c>.</summary>
public sealed class ListItemSyntax : FrusSyntaxNode
{
    internal ListItemSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The label token.</summary>
    public SyntaxToken LabelToken => GetToken(FrusSyntaxKind.ListLabelToken);

    /// <summary>The label as printed: <c>(a)</c>, <c>a.</c>.</summary>
    public string Label => LabelToken.Text;

    /// <summary>The item's text after the label.</summary>
    public string Text => InlineContent.Text(this, 1);
}

/// <summary>The salutation that opens a letter: <c>Sir:</c>, <c>My Dear Mr. President:</c>. The letter's first paragraph often goes on on the same line.</summary>
public sealed class SalutationSyntax : FrusSyntaxNode
{
    internal SalutationSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The salutation, colon included.</summary>
    public string Text => InlineContent.Text(this);
}
