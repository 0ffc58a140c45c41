using System.Text.RegularExpressions;
using ParserKit.Frus.Analysis;
using ParserKit.Syntax;
using ParserKit.Syntax.InternalSyntax;

namespace ParserKit.Frus.Syntax;

/// <summary>
/// Where and when a document was written: <c>Washington, February 9, 1961, 7 p.m.</c>, <c>New York, September 27,
/// 1969, 1817Z.</c>, <c>[place not declassified], January 30, 1954</c>, <c>Washington, undated.</c>, or a date alone.
/// </summary>
public sealed partial class DatelineSyntax : LineSyntax
{
    internal DatelineSyntax(GreenNode green, SyntaxNode? parent, int position) : base(green, parent, position)
    {
    }

    /// <summary>The place as printed (<c>Washington</c>, <c>[Washington,]</c> supplied by the editors, <c>[place not declassified]</c>), or null.</summary>
    public string? Place
    {
        get
        {
            var match = Parts().Match(Text);
            return match.Groups["place"].Success ? match.Groups["place"].Value.Trim().TrimEnd(',').Trim() : null;
        }
    }

    /// <summary>The date, or null for an undated document (or a day-month date such as <c>26 December, 1914</c>).</summary>
    public FrusDate? Date => FrusDate.FindAll(Text).Cast<FrusDate?>().FirstOrDefault();

    /// <summary>The time as printed (<c>7 p.m.</c>, <c>5:20 p.m.</c>, <c>1817Z</c>, <c>noon</c>), or null.</summary>
    public string? Time
    {
        get
        {
            var match = TimePattern().Match(Text);
            return match.Success ? match.Value : null;
        }
    }

    /// <summary>True for <c>undated</c> or <c>not dated</c>.</summary>
    public bool IsUndated => Text.Contains("undated", StringComparison.OrdinalIgnoreCase) || Text.Contains("not dated", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?<place>.*?,\]?)\s(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|\d{1,2}\s|[Uu]ndated|[Nn]ot dated|\[date))", RegexOptions.CultureInvariant)]
    private static partial Regex Parts();

    [GeneratedRegex(@"\d{1,2}(?::\d{2})?\s?[ap]\.\s?m\.|\bnoon\b|\bmidnight\b|\b\d{4}\s?Z\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
