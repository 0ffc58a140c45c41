using System.Text.RegularExpressions;

namespace ParserKit.Frus.Parsing;

/// <summary>
/// Judges each line of a document by its text and its place, the way the Office of the Historian's TEI lays a
/// document out: heading; a header zone (file number, editorial labels, classification, dateline, received
/// line, memo header lists); the body (salutation, paragraphs, lists, tables); the closing (complimentary
/// close, signatures); attachments, which open a header zone of their own; then the footnotes.
/// </summary>
/// <remarks>
/// The shapes follow the conventions (grammar/frus.ebnf, conventions §1.6–1.10, §1.15); the position rules
/// keep shapes that also occur in prose (a bare date, a short capitalised line) from being misread.
/// </remarks>
internal static partial class LineClassifier
{
    private const int MaxHeaderLine = 120;

    public static LineRole[] Classify(string text, List<LineBounds> lines, int heading, int footnoteStart)
    {
        var roles = new LineRole[lines.Count];
        if (heading >= 0) roles[heading] = LineRole.Heading;
        for (int i = footnoteStart; i < lines.Count; i++) roles[i] = lines[i].IsBlank(text) ? LineRole.None : LineRole.Footnote;

        var zone = Zone.Header;
        int bodyLines = 0;
        string? memoLabel = null;
        int memoItems = 0;
        for (int i = Math.Max(heading + 1, 0); i < footnoteStart; i++)
        {
            if (lines[i].IsBlank(text)) continue;
            var line = Content(text, lines[i]);
            if (PageMarkerLine().IsMatch(line)) { roles[i] = LineRole.PageBreak; continue; }
            // A row whose first cell is empty starts with a tab, so look at the untrimmed line.
            if (text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start).TrimEnd(" \t").Contains('\t'))
            {
                roles[i] = LineRole.TableRow;
                zone = Zone.Body;
                continue;
            }
            if (AttachmentLabel().IsMatch(line) && zone != Zone.Header)
            {
                roles[i] = LineRole.AttachmentLabel;
                zone = Zone.AttachmentHeading;
                bodyLines = 0;
                continue;
            }
            if (zone == Zone.AttachmentHeading)
            {
                // The line after an attachment label is the attachment's own heading, then its header zone.
                zone = Zone.Header;
                if (HeaderRole(line) == LineRole.None && line.Length <= 200 && !line.EndsWith(':'))
                {
                    roles[i] = LineRole.InDocumentHeading;
                    continue;
                }
            }
            if (zone == Zone.Header && line.Length <= MaxHeaderLine)
            {
                var role = HeaderRole(line);
                if (role != LineRole.None)
                {
                    roles[i] = role;
                    if (role == LineRole.MemoHeaderLabel) { zone = Zone.Memo; memoLabel = line.ToString(); memoItems = 0; }
                    continue;
                }
            }
            if (zone == Zone.Memo)
            {
                if (MemoHeaderLabel().IsMatch(line)) { roles[i] = LineRole.MemoHeaderLabel; memoLabel = line.ToString(); memoItems = 0; continue; }
                bool oneLineOnly = memoLabel!.StartsWith("SUBJECT", StringComparison.Ordinal);
                if ((!oneLineOnly || memoItems == 0) && IsMemoItem(line)) { roles[i] = LineRole.MemoHeaderItem; memoItems++; continue; }
            }
            zone = zone is Zone.Closing ? Zone.Closing : Zone.Body;
            bodyLines++;
            if (bodyLines <= 2 && Salutation().IsMatch(line)) { roles[i] = LineRole.Salutation; continue; }
            if (Closer().IsMatch(line) && line.Length <= MaxHeaderLine) { roles[i] = LineRole.Closer; zone = Zone.Closing; continue; }
            if (zone == Zone.Closing && IsSignature(line)) { roles[i] = LineRole.Signature; continue; }
            if (Unsigned().IsMatch(line)) { roles[i] = LineRole.Signature; continue; }
            if (ListLabel().IsMatch(line)) { roles[i] = LineRole.ListItem; continue; }
            roles[i] = LineRole.Paragraph;
        }
        MarkTrailingSignatures(text, lines, roles, footnoteStart);
        return roles;
    }

    /// <summary>The length of the list label that opens a list-item line (<c>(a) </c>, <c>a. </c>, <c>(1) </c>, <c>1) </c>), or 0.</summary>
    public static int ListLabelLength(string line)
    {
        var match = ListLabel().Match(line);
        return match.Success ? match.Groups["label"].Length : 0;
    }

    /// <summary>The length of the salutation that opens a line (<c>Sir:</c>, <c>My Dear Mr. President:</c>), or 0.</summary>
    public static int SalutationLength(string line)
    {
        var match = Salutation().Match(line);
        return match.Success ? match.Groups["salutation"].Length : 0;
    }

    private enum Zone
    {
        Header,
        AttachmentHeading,
        Memo,
        Body,
        Closing,
    }

    private static LineRole HeaderRole(ReadOnlySpan<char> line)
    {
        if (FileNumber().IsMatch(line)) return LineRole.FileNumber;
        if (EditorialLine().IsMatch(line)) return LineRole.EditorialLine;
        if (Classification().IsMatch(line)) return LineRole.Classification;
        if (Dateline().IsMatch(line)) return LineRole.Dateline;
        if (MemoHeaderLabel().IsMatch(line)) return LineRole.MemoHeaderLabel;
        return LineRole.None;
    }

    // line.Split(' ') has one piece more than there are spaces.
    private static bool IsMemoItem(ReadOnlySpan<char> line)
        => line.Length <= 100 && !(line.EndsWith('.') && line.Count(' ') + 1 >= 8);

    private static bool IsSignature(ReadOnlySpan<char> line) => line.Length <= 60 && SignatureShape().IsMatch(line);

    /// <summary>
    /// Telegrams and memoranda end with a bare name and no complimentary close: a run of up to three
    /// name-shaped lines that ends the body (or comes just before an attachment) after a finished sentence.
    /// </summary>
    private static void MarkTrailingSignatures(string text, List<LineBounds> lines, LineRole[] roles, int footnoteStart)
    {
        for (int end = footnoteStart - 1; end >= 0; end--)
        {
            if (lines[end].IsBlank(text) || roles[end] == LineRole.PageBreak) continue;
            bool endsBody = end == footnoteStart - 1 || NextRole(text, lines, roles, end) is LineRole.AttachmentLabel or LineRole.Footnote or LineRole.None;
            if (!endsBody || roles[end] != LineRole.Paragraph) continue;
            var run = new List<int>();
            int i = end;
            for (; i >= 0 && run.Count <= 3; i--)
            {
                if (lines[i].IsBlank(text) || roles[i] == LineRole.PageBreak) continue;
                if (roles[i] != LineRole.Paragraph || !IsSignature(Content(text, lines[i]))) break;
                run.Add(i);
            }
            if (run.Count is 0 or > 3 || i < 0) continue;
            var before = Content(text, lines[i]);
            if (roles[i] is LineRole.Paragraph or LineRole.ListItem or LineRole.Closer && SentenceEnd().IsMatch(before))
                foreach (int line in run) roles[line] = LineRole.Signature;
        }
    }

    private static LineRole NextRole(string text, List<LineBounds> lines, LineRole[] roles, int index)
    {
        for (int i = index + 1; i < lines.Count; i++)
            if (!lines[i].IsBlank(text) && roles[i] != LineRole.PageBreak) return roles[i];
        return LineRole.None;
    }

    // A span, not a substring: every line of every document passes through here.
    private static ReadOnlySpan<char> Content(string text, LineBounds line) => text.AsSpan(line.Start, line.End - line.Start).Trim(" \t");

    private const string Marker = @"(?:\d{1,3}[a-z]?)?";
    private const string Month = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";
    private const string Date = @"(?:" + Month + @"\s\d{1,2}(?:[–-]\d{1,2})?,?\s\d{4}|\d{1,2}\s" + Month + @",?\s\d{4}|" + Month + @"\s\d{1,2}(?!\d)|[Uu]ndated|[Nn]ot dated|\[date not declassified\])";
    private const string Time = @"(?:\d{1,2}(?::\d{2})?\s?[ap]\.\s?m\.|noon|midnight|\d{4}\s?Z|\[time not declassified\])";
    private const string Place = @"(?:\[?\s?(?:[A-Z][\w.’'-]*(?:\s[A-Za-z][\w.’'-]*){0,3}|\[[a-z ]+not declassified\])(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s?,\]?\s)";

    [GeneratedRegex(@"^" + Place + "?" + Date + @"(?:(?:,\s|\s?[—–-]\s?|\s)" + Time + @")?\.?" + Marker + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?:\d{3}(?:\.[0-9A-Za-z]+)*(?:\s[A-Z][a-z]{0,3}\s?\d+)?/[0-9A-Za-z½¼¾⅓⅔–-]+|[A-Z][A-Za-z/–-]{0,20}(?:\s[A-Z][A-Za-z/–-]*){0,3}\sFiles?:\s\S+|Lot\s\d+\s?D\s?\d+\S*)(?::\s(?:[A-Z][a-z]+\s)?[A-Za-z]+(?:\s[a-z]+)?)?" + Marker + "$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNumber();

    [GeneratedRegex(@"^\[[A-Z][^\[\]\d]{1,40}\]" + Marker + @"$|^\[Received\b[^\[\]]*\]" + Marker + @"\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex EditorialLine();

    [GeneratedRegex(@"^(?i:top secret|secret|confidential|restricted|unclassified|limited official use|official use only|personal(?: and confidential)?|strictly confidential|(?:us )?urgent|niact|priority|immediate|operational immediate|routine|eyes only|nodis|exdis|limdis|plain|gray|green)(?:[;,] [a-z ]+)*\.?" + Marker + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Classification();

    [GeneratedRegex(@"^(?:SUBJECTS?|PARTICIPANTS|OTHERS PRESENT|ALSO PRESENT|PRESENT|TO|FROM|THROUGH|VIA|REFERENCES?|REF|COPIES|DISTRIBUTION|ATTENDEES|INFO)\s?:?" + Marker + "$", RegexOptions.CultureInvariant)]
    private static partial Regex MemoHeaderLabel();

    [GeneratedRegex(@"^(?<salutation>(?:My (?:Dear|Lord)|Dear|Sir|Sirs|Madam|Gentlemen|Excellency|Your Excellency|Mr\.|Mrs\.|Monsieur|The President)(?:[ ,][^:]{0,40})?:)(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"^(?:(?:(?:Very|Most) )?[A-Z]?[a-z]+ly(?: and [a-z]+ly)? [Yy]ours|Yours(?: [a-z]+ly| ever| very truly)?|(?:Very )?(?:Sincerely|Faithfully|Cordially|Respectfully)(?: submitted| yours)?|With (?:[a-z]+ )*(?:assurances|regards|wishes|respect)\b.*|.{0,100}\[etc\.\]|Always|Believe me.*)[,.]?" + Marker + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Closer();

    [GeneratedRegex(@"^(?:[A-Z][\w’'-]*\.?|[A-Z]\[[a-z]+\]\.?|\[[A-Z][\w.’]*(?: [A-Z][\w.’]*){0,2}\]|and|by|of|de|van|von|du|la|Co\.)(?:\s?(?:[A-Z][\w’'-]*\.?|[A-Z]\[[a-z]+\]\.?|\[[A-Z][\w.’]*(?: [A-Z][\w.’]*){0,2}\]|and|by|of|de|van|von|du|la|Co\.)){0,5}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*\.?)?" + Marker + "$", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureShape();

    [GeneratedRegex(@"(?i)^\[[^\]]*(?:signed|signature)[^\]]*\]" + Marker + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Unsigned();

    [GeneratedRegex(@"^\[?(?:Enclosure|Annex|Attachment|Tab|Appendix|Exhibit|Subenclosure)(?![a-z])[^\]\d]{0,40}(?: [A-Z0-9]{1,3})?\]?" + Marker + "$", RegexOptions.CultureInvariant)]
    private static partial Regex AttachmentLabel();

    [GeneratedRegex(@"^(?<label>\((?:\d{1,3}|[a-z]|[ivx]{1,4})\)|(?:\d{1,3}|[a-z])\)|[a-z]\.)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ListLabel();

    [GeneratedRegex(@"^\[(?:(?:Facsimile|Typeset)\s+)?Page\s[^\]]*(?:\]\]?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageMarkerLine();

    [GeneratedRegex(@"[.!?:”)\]]" + Marker + "$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
