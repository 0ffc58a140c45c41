namespace ParserKit.Frus.Analysis;

/// <summary>How FRUS text uses quotation marks and apostrophes (conventions §1.13).</summary>
internal static class QuoteMarks
{
    /// <summary>
    /// True when the <c>’</c> (or straight <c>'</c>) at <paramref name="index"/> is an apostrophe rather than a closing
    /// quote: inside a word (<c>President’s</c>, <c>don’t</c>) or before a digit (<c>’70s</c>).
    /// </summary>
    public static bool IsApostrophe(string text, int index)
    {
        bool wordBefore = index > 0 && char.IsLetterOrDigit(text[index - 1]);
        bool letterAfter = index + 1 < text.Length && char.IsLetter(text[index + 1]);
        bool digitAfter = index + 1 < text.Length && char.IsAsciiDigit(text[index + 1]);
        return (wordBefore && letterAfter) || digitAfter;
    }

    /// <summary>
    /// True when a quotation mark at <paramref name="index"/> would open a quotation: at the start of the text or after
    /// white space, an opening bracket, a dash or another opening mark.
    /// </summary>
    public static bool OpensHere(string text, int index)
        => index == 0 || char.IsWhiteSpace(text[index - 1]) || text[index - 1] is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '“' or '‘';

    /// <summary>
    /// The curly form of the straight <c>"</c> or <c>'</c> at <paramref name="index"/>: <c>“</c> or <c>”</c> for a double
    /// quote; <c>‘</c> for a single quote that opens before a letter, <c>’</c> otherwise (apostrophes, <c>’70s</c>).
    /// </summary>
    public static char CurlyFormOf(string text, int index)
    {
        bool opens = OpensHere(text, index);
        if (text[index] == '"') return opens ? '“' : '”';
        bool letterAfter = index + 1 < text.Length && char.IsLetter(text[index + 1]);
        return opens && letterAfter ? '‘' : '’';
    }
}
