namespace ParserKit.Text;

/// <summary>Replace the text in <see cref="Span"/> with <see cref="NewText"/>.</summary>
/// <param name="Span">The range of the old text that is replaced (empty for an insertion).</param>
/// <param name="NewText">The replacement (empty for a deletion).</param>
public readonly record struct TextChange(TextSpan Span, string NewText)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Span} => \"{NewText}\"";
}
