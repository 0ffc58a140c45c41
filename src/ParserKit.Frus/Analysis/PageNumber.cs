namespace ParserKit.Frus.Analysis;

/// <summary>Page numbers as FRUS prints them: arabic (<c>759</c>), roman front matter (<c>VII</c>), unnumbered (<c>[X]</c>).</summary>
public static class PageNumber
{
    /// <summary>The value of an arabic or roman page number (brackets of an unnumbered page ignored), or null.</summary>
    public static int? Parse(string number) => Parse(number.AsSpan());

    /// <summary>The value of an arabic or roman page number read from a token's characters, without a string.</summary>
    internal static int? Parse(ReadOnlySpan<char> number)
    {
        var text = number;
        if (text.Length >= 2 && text[0] == '[' && text[^1] == ']') text = text[1..^1];
        if (text.IsEmpty || text.Length > 9) return null;
        if (char.IsAsciiDigit(text[0]))
        {
            int value = 0;
            foreach (char c in text)
            {
                if (!char.IsAsciiDigit(c)) return null;
                value = value * 10 + (c - '0');
            }
            return value;
        }
        return RomanNumeral.Parse(text);
    }

    /// <summary>True when the number is written in roman numerals.</summary>
    public static bool IsRoman(string number) => IsRoman(number.AsSpan());

    /// <summary>True when the number, read from a token's characters, is written in roman numerals.</summary>
    internal static bool IsRoman(ReadOnlySpan<char> number)
    {
        var text = number.Trim('[').Trim(']');
        return !text.IsEmpty && !char.IsAsciiDigit(text[0]) && RomanNumeral.Parse(text) is not null;
    }

    /// <summary>True for exactly <c>Page</c>, <c>Facsimile Page</c> or <c>Typeset Page</c>.</summary>
    public static bool IsKeywordWellFormed(string keyword) => IsKeywordWellFormed(keyword.AsSpan());

    /// <summary>True for exactly <c>Page</c>, <c>Facsimile Page</c> or <c>Typeset Page</c>, read from a token's characters.</summary>
    internal static bool IsKeywordWellFormed(ReadOnlySpan<char> keyword) => keyword is "Page" or "Facsimile Page" or "Typeset Page";
}

/// <summary>Strict roman numerals (<c>IV</c>, not <c>IIII</c>), upper or lower case.</summary>
public static class RomanNumeral
{
    /// <summary>The value of a well-formed roman numeral, or null.</summary>
    public static int? Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 15) return null;
        bool upper = char.IsUpper(text[0]);
        int total = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) != upper) return null;
            int value = ValueOf(text[i]);
            if (value == 0) return null;
            int next = i + 1 < text.Length ? ValueOf(text[i + 1]) : 0;
            total += value < next ? -value : value;
        }
        return total > 0 && ToRoman(total).Equals(text.ToString(), upper ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase) ? total : null;
    }

    /// <summary>The canonical upper-case roman numeral of <paramref name="value"/> (1 to 3999).</summary>
    public static string ToRoman(int value)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                builder.Append(symbols[i]);
                value -= values[i];
            }
        }
        return builder.ToString();
    }

    private static int ValueOf(char c) => char.ToUpperInvariant(c) switch
    {
        'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0,
    };
}
