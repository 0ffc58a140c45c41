using System.Text.RegularExpressions;
using ParserKit.Frus.Syntax;
using ParserKit.Text;

namespace ParserKit.Frus.Analysis;

/// <summary>Judges what an editorial insert is from its wording and its neighbours (conventions §1.5, ambiguity 10).</summary>
public static partial class InsertClassifier
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "me", "my", "he", "him", "his", "she", "her", "we", "us", "our", "they", "them", "their", "you", "your", "it",
        "who", "whom", "this", "that", "these", "those",
    };

    private const int NeighbourWindow = 80;

    /// <summary>The category of <paramref name="insert"/>.</summary>
    public static InsertCategory Classify(EditorialInsertSyntax insert)
        => insert.IsUnclosed ? InsertCategory.Unknown : Classify(insert, insert.InnerText);

    /// <summary>The category of the closed <paramref name="insert"/> whose <see cref="EditorialInsertSyntax.InnerText"/> the caller has already read.</summary>
    internal static InsertCategory Classify(EditorialInsertSyntax insert, string innerText)
    {
        var text = insert.SyntaxTree?.GetText();
        if (text is null) return Classify(innerText, [], []);
        var (before, after) = Neighbours(text, insert);
        return Classify(innerText, text.AsSpan().Slice(before.Start, before.Length), text.AsSpan().Slice(after.Start, after.Length));
    }

    /// <summary>
    /// The category of bracketed <paramref name="inner"/> text, given the text just before the <c>[</c> on its line
    /// and just after the <c>]</c>.
    /// </summary>
    public static InsertCategory Classify(string inner, string before, string after) => Classify(inner, before.AsSpan(), after.AsSpan());

    private static InsertCategory Classify(string inner, ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var text = inner.Trim();
        if (before.Length > 0 && char.IsLetter(before[^1]) && text.Length > 0 && char.IsLower(text[0]) && !text.Contains(' ')) return InsertCategory.Completion;
        if (after.Length > 0 && char.IsLetter(after[0]) && text.Length > 0 && char.IsLetter(text[^1]) && !text.Contains(' ')) return InsertCategory.Completion;
        if (NotDeclassified().IsMatch(text)) return InsertCategory.NotDeclassified;
        if (text.StartsWith("Source:", StringComparison.Ordinal)) return InsertCategory.SourceNote;
        // A number opening a line is a document number as chapter pages print it: "[86] Mr. Hay to Mr. Wu."
        if (IsNumber(text) && before.Trim().Length == 0) return InsertCategory.Label;
        // Punctuation the editors supplied inside quoted matter: Procedurally[,] (conventions §1.5).
        if (text.Length is 1 or 2 && text.All(char.IsPunctuation)) return InsertCategory.Addition;
        if (text.StartsWith("Omitted", StringComparison.OrdinalIgnoreCase)) return InsertCategory.Omitted;
        if (HereFollows().IsMatch(text)) return InsertCategory.HereFollows;
        if (text.StartsWith("Received", StringComparison.Ordinal)) return InsertCategory.Received;
        if (text.Equals("sic", StringComparison.OrdinalIgnoreCase) || text.Equals("sic.", StringComparison.OrdinalIgnoreCase)) return InsertCategory.Sic;
        if (Illegible().IsMatch(text)) return InsertCategory.Illegible;
        if (text.Equals("etc.", StringComparison.OrdinalIgnoreCase) || text.Equals("etc", StringComparison.OrdinalIgnoreCase)) return InsertCategory.Etc;
        if (Label().IsMatch(text)) return InsertCategory.Label;
        if (Routing().IsMatch(text)) return InsertCategory.Routing;
        if (text.EndsWith('?')) return InsertCategory.Conjecture;
        if (DatelinePlace().IsMatch(text) && before.Trim().Length == 0) return InsertCategory.Addition;

        string previousWord = LastWord(before);
        if (previousWord.Length > 0 && before.EndsWith(' '))
        {
            if (IsNumber(previousWord) && IsNumber(text)) return InsertCategory.Correction;
            if (Pronouns.Contains(previousWord) && IsName(text)) return InsertCategory.Identification;
            // "these parties [Communist parties in other countries]": the insert spells out the word before it.
            if (previousWord.Length > 3 && text.Contains(' ') && text.Contains(previousWord, StringComparison.OrdinalIgnoreCase)) return InsertCategory.Identification;
            if (IsName(previousWord) && IsName(text) && !text.Contains(' ') && LooksLikeRespelling(previousWord, text)) return InsertCategory.Correction;
        }
        if (text.Length > 0 && char.IsLower(text[0])) return InsertCategory.Addition;
        // A phrase that ends in "and", "of", "the" continues the sentence, so it is not a name: "[USSR and]" is the source's own bracket.
        if (IsName(text) && previousWord.Length > 0 && !EndsWithFunctionWord(text)) return InsertCategory.Identification;
        return InsertCategory.Unknown;
    }

    /// <summary>Where the text before the <c>[</c> on its line and after the <c>]</c> lie.</summary>
    private static (TextSpan Before, TextSpan After) Neighbours(SourceText text, EditorialInsertSyntax insert)
    {
        // A short window is enough to judge by, and keeps a line of many inserts linear.
        var line = text.GetLine(text.GetLineNumber(insert.Span.Start));
        int start = Math.Max(line.Start, insert.Span.Start - NeighbourWindow);
        int end = Math.Min(line.End, Math.Max(insert.Span.End, line.Start) + NeighbourWindow);
        return (TextSpan.FromBounds(start, insert.Span.Start), TextSpan.FromBounds(Math.Min(insert.Span.End, end), end));
    }

    private static string LastWord(ReadOnlySpan<char> text)
    {
        var span = text.TrimEnd();
        int start = span.Length;
        while (start > 0 && (char.IsLetterOrDigit(span[start - 1]) || span[start - 1] is '.' or '\'' or '’')) start--;
        return span[start..].TrimEnd('.').ToString();
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "nor", "of", "the", "a", "an", "to", "in", "on", "at", "for", "with", "by", "from",
    };

    private static bool EndsWithFunctionWord(string text)
    {
        int space = text.TrimEnd().LastIndexOf(' ');
        return space > 0 && FunctionWords.Contains(text.TrimEnd()[(space + 1)..]);
    }

    private static bool IsNumber(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    /// <summary>Capitalised words: <c>Thompson</c>, <c>J. F. Dulles</c> (not <c>USSR and</c>).</summary>
    private static bool IsName(string text)
        => text.Length > 1 && text.All(c => char.IsLetter(c) || c is ' ' or '.' or '-' or '’' or '\'')
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => char.IsUpper(word[0]));

    private static bool LooksLikeRespelling(string original, string corrected)
    {
        if (Math.Abs(original.Length - corrected.Length) > 2) return false;
        int shared = original.ToUpperInvariant().Intersect(corrected.ToUpperInvariant()).Count();
        return shared * 2 >= Math.Max(original.Length, corrected.Length);
    }

    [GeneratedRegex(@"not\s+declassified\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotDeclassified();

    [GeneratedRegex(@"^Here\s+follows?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HereFollows();

    [GeneratedRegex(@"^(unintelligible|illegible)(\s+\w+)*\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Illegible();

    [GeneratedRegex(@"^(Paraphrase|Extract|Enclosure|Attachment|Annex|Appendix|Tab\s+[A-Z]|Translation|Telegram|Memorandum|Excerpt|Summary|Original)([\s—–\-]+[\w. ]+)?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(From|For|To)\s+[A-Z][\w’'\-]+(\s+(and|[A-Z][\w’'\-]+))*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Routing();

    [GeneratedRegex(@"^[A-Z][\w.’'\- ]*\s*,$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePlace();
}
