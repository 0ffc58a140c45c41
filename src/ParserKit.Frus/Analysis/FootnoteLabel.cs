using System.Globalization;

namespace ParserKit.Frus.Analysis;

/// <summary>
/// A footnote label as a position in the numbering: <c>12</c>, or <c>12a</c>, which sits between <c>12</c> and
/// <c>13</c> (a note added after the volume was numbered).
/// </summary>
/// <param name="Number">The digits.</param>
/// <param name="Suffix">The lowercase letter after the digits, or <c>'\0'</c>.</param>
internal readonly record struct FootnoteLabel(int Number, char Suffix) : IComparable<FootnoteLabel>
{
    /// <summary>Reads <c>12</c> or <c>12a</c>; null for anything else.</summary>
    public static FootnoteLabel? Parse(string label)
    {
        var digits = label.AsSpan();
        char suffix = '\0';
        if (digits.Length > 1 && char.IsAsciiLetterLower(digits[^1]))
        {
            suffix = digits[^1];
            digits = digits[..^1];
        }
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int number) ? new FootnoteLabel(number, suffix) : null;
    }

    /// <summary>The label that normally follows this one without a suffix: <c>13</c> after <c>12</c> or <c>12a</c>.</summary>
    public FootnoteLabel Next => new(Number + 1, '\0');

    /// <summary>The next letter-suffixed label: <c>12a</c> after <c>12</c>, <c>12b</c> after <c>12a</c>.</summary>
    public FootnoteLabel NextLetter => new(Number, Suffix == '\0' ? 'a' : (char)(Suffix + 1));

    /// <summary>True when <paramref name="label"/> may directly follow this one: <c>13</c> or <c>12a</c> after <c>12</c>, <c>12b</c> or <c>13</c> after <c>12a</c>.</summary>
    public bool IsFollowedBy(FootnoteLabel label) => label == Next || label == NextLetter;

    /// <inheritdoc/>
    public int CompareTo(FootnoteLabel other) => Number != other.Number ? Number.CompareTo(other.Number) : Suffix.CompareTo(other.Suffix);

    /// <inheritdoc/>
    public override string ToString() => Suffix == '\0' ? Number.ToString(CultureInfo.InvariantCulture) : Number.ToString(CultureInfo.InvariantCulture) + Suffix;
}
