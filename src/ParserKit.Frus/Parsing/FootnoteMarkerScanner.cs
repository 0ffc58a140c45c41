using ParserKit.Frus.Analysis;

namespace ParserKit.Frus.Parsing;

/// <summary>How sure the scanner is that digits are a footnote marker.</summary>
internal enum MarkerEvidence : byte
{
    /// <summary>Glued to a letter or to closing punctuation: <c>Rusk1</c>, <c>today,1</c>, <c>(Embtel 812)2</c>.</summary>
    Glued = 5,
    /// <summary>Split off a date or year: <c>February 181</c>, <c>October 26, 19571</c>.</summary>
    AfterDateOrYear = 4,
    /// <summary>The second of two adjacent markers, which the schematron separates by a space: <c>word1 2</c>.</summary>
    AfterMarker = 6,
    /// <summary>After punctuation that follows a digit: <c>in 1956.1</c>.</summary>
    AfterNumberPunctuation = 3,
    /// <summary>Split off a number that is not a date: <c>Executive Order 104013</c>. A guess.</summary>
    SplitFromNumber = 2,
    /// <summary>Separated from the text by a space (legacy data): <c>von Lilienfeld 3 for</c>. A guess.</summary>
    Floating = 1,
}

/// <summary>
/// A footnote marker the scanner found: where, its label, and how sure it is. <paramref name="Alternative"/> is the
/// start of another place, as likely as this one, where the same label could have been the marker (a tie the
/// scanner broke by taking the earlier place), or -1.
/// </summary>
internal readonly record struct MarkerSpan(int Start, int Length, MarkerEvidence Evidence, int Alternative = -1)
{
    /// <summary>True when the evidence alone is a guess: digits split off a number that is not a date, or a floating number.</summary>
    public bool IsGuess => Evidence is MarkerEvidence.SplitFromNumber or MarkerEvidence.Floating;
}

/// <summary>
/// Finds footnote markers in the body of a document before it is lexed. A marker is digits glued to the
/// text (<c>February 181</c> is <c>February 18</c> + marker <c>1</c>), so whether trailing digits are a marker
/// depends on the footnote bodies at the end. Markers appear in the order of their bodies, so the scanner
/// aligns the labels of the bodies with the candidate positions in reading order and keeps the alignment with
/// the strongest evidence (conventions, ambiguities 1–4). Glued numbers that continue the numbering but have
/// no body are kept too, so that a missing body can be reported.
/// </summary>
internal static class FootnoteMarkerScanner
{
    private const int MaxLabelLength = 4;

    /// <summary>Markers in the body lines, sorted by position.</summary>
    public static List<MarkerSpan> Scan(string text, IReadOnlyList<(int Start, int End)> bodyLines, IReadOnlyList<string> labels)
    {
        var labelSet = new HashSet<string>(labels, StringComparer.Ordinal);
        var candidates = new List<Candidate>();
        foreach (var (start, end) in bodyLines) CollectCandidates(text, start, end, labelSet, candidates);

        var chosen = Align(candidates, labels);
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        MarkTies(text, candidates, chosen);
        AddOrphans(text, candidates, chosen);
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private readonly record struct Candidate(int Start, int Length, string Label, MarkerEvidence Evidence);

    /// <summary>Every place in a line where a label could end a run of digits.</summary>
    private static void CollectCandidates(string text, int lineStart, int lineEnd, HashSet<string> labels, List<Candidate> output)
    {
        int position = lineStart;
        while (position < lineEnd)
        {
            int offset = text.AsSpan(position, lineEnd - position).IndexOfAnyInRange('0', '9');
            if (offset < 0) return;
            int runStart = position + offset;
            int runEnd = runStart;
            while (runEnd < lineEnd && char.IsAsciiDigit(text[runEnd])) runEnd++;
            position = runEnd;
            // A label may end with one lowercase letter (12a).
            int end = runEnd < lineEnd && char.IsAsciiLetterLower(text[runEnd]) && IsBoundary(text, runEnd + 1, lineEnd) ? runEnd + 1 : runEnd;
            if (!IsBoundary(text, end, lineEnd) || IsStructuralNumber(text, lineStart, runStart, end, lineEnd)) continue;
            int maxLength = Math.Min(MaxLabelLength, end - runStart);
            for (int length = 1; length <= maxLength; length++)
            {
                int start = end - length;
                if (length > 1 && text[start] == '0') continue;
                string label = text.Substring(start, length);
                var evidence = Judge(text, lineStart, lineEnd, runStart, start, end);
                if (evidence is null) continue;
                bool known = labels.Contains(label);
                if (!known && evidence != MarkerEvidence.Glued) continue;
                output.Add(new Candidate(start, length, label, evidence.Value));
            }
        }
    }

    /// <summary>Numbers that belong to the structure, not the prose: <c>353.</c> or <c>[101]</c> opening a line, <c>[Page 759]</c>.</summary>
    private static bool IsStructuralNumber(string text, int lineStart, int runStart, int end, int lineEnd)
    {
        if (runStart == lineStart || (runStart == lineStart + 1 && text[lineStart] == '[')) return true;
        bool closesBracket = end < lineEnd && text[end] == ']';
        return closesBracket && runStart >= 5 && text.AsSpan(runStart - 5, 5).Equals("Page ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A marker ends where a word would: at the line end, at a space, or at punctuation not followed by a digit.</summary>
    private static bool IsBoundary(string text, int position, int lineEnd)
    {
        if (position >= lineEnd) return true;
        char c = text[position];
        if (char.IsLetterOrDigit(c)) return false;
        if (c is '.' or ',' or '/' or ':' or '-' or '–' or '½' && position + 1 < lineEnd && char.IsAsciiDigit(text[position + 1])) return false;
        return c != '½' && c != '¼' && c != '¾';
    }

    private static MarkerEvidence? Judge(string text, int lineStart, int lineEnd, int runStart, int labelStart, int labelEnd)
    {
        if (labelStart > runStart)
        {
            // Digits glued to digits: a split that leaves a date or a year is likely; splitting another
            // stand-alone number is a guess, and numbers in ranges, files and decimals are never split.
            var rest = text.AsSpan(runStart, labelStart - runStart);
            // "February 181" must be split, 181 being no day; "April 12" is a day as it stands.
            if (IsDateOrYear(text, lineStart, runStart, rest) && !(labelEnd - runStart <= 2 && IsDateOrYear(text, lineStart, runStart, text.AsSpan(runStart, labelEnd - runStart))))
                return MarkerEvidence.AfterDateOrYear;
            return IsAfterDesignator(text, lineStart, runStart) ? MarkerEvidence.SplitFromNumber : null;
        }
        if (labelStart == lineStart) return null;
        char glue = text[labelStart - 1];
        if (char.IsLetter(glue)) return MarkerEvidence.Glued;
        // "as follows:19" ends a line; "Article XXVIII:4 of the GATT" is a section number.
        if (glue == ':' && labelEnd < lineEnd && text[labelEnd] is not (']' or ')' or '”'))
            return MarkerEvidence.AfterNumberPunctuation;
        if (glue is '.' or ',' or ';' or ':' or ')' or '”' or '’' or '"' or '\'' or '*' or ']' or '!' or '?' or '…')
        {
            bool afterDigit = labelStart - 2 >= lineStart && char.IsAsciiDigit(text[labelStart - 2]);
            if (!afterDigit || glue is not ('.' or ',' or ':')) return MarkerEvidence.Glued;
            // "in 1956.1 The" ends a sentence; "3.5 percent" is a decimal.
            return glue != '.' || EndsSentence(text, labelEnd, lineEnd) ? MarkerEvidence.AfterNumberPunctuation : null;
        }
        if (glue is ' ' && IsAfterGluedNumber(text, lineStart, labelStart - 1)) return MarkerEvidence.AfterMarker;
        // Legacy text may keep a space before a note after a name ("von Lilienfeld 3 for"); a number after an
        // ordinary word ("up to 4 million") is prose.
        if (glue is ' ' && labelStart - 2 >= lineStart && char.IsLetter(text[labelStart - 2]) && StartsWithCapital(text, lineStart, labelStart - 1))
            return MarkerEvidence.Floating;
        return null;
    }

    /// <summary>
    /// A number that names a document or file (<c>Executive Order 10401</c>, <c>No. 6</c>, <c>NSC 5610</c>,
    /// <c>Deptel 847</c>) is the one kind besides dates and years that a marker may be split off
    /// (conventions, ambiguity 1); a number in running prose (<c>in 1961</c>) never is.
    /// </summary>
    private static bool IsAfterDesignator(string text, int lineStart, int runStart)
    {
        if (runStart - 2 < lineStart || text[runStart - 1] != ' ') return false;
        int end = runStart - 1;
        int start = end;
        while (start > lineStart && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        var word = text.AsSpan(start, end - start);
        if (word.Length == 0) return false;
        foreach (string designator in Designators)
            if (word.Equals(designator, StringComparison.OrdinalIgnoreCase)) return true;
        bool acronym = word.Length is >= 2 and <= 6 && word.IndexOfAnyExceptInRange('A', 'Z') < 0;
        return acronym || word.EndsWith("tel", StringComparison.Ordinal);
    }

    private static readonly string[] Designators =
        ["No.", "Nos.", "Number", "Order", "Law", "Resolution", "Directive", "Document", "Documents", "Doc.",
         "Telegram", "telegram", "Despatch", "despatch", "Instruction", "Circular"];

    /// <summary>True when a number glued to a word ends just before <paramref name="space"/>: the first of two adjacent markers.</summary>
    private static bool IsAfterGluedNumber(string text, int lineStart, int space)
    {
        int end = space;
        int start = end;
        while (start > lineStart && char.IsAsciiDigit(text[start - 1])) start--;
        if (start == end || end - start > 3 || start == lineStart) return false;
        char glue = text[start - 1];
        return char.IsLetter(glue) || glue is '.' or ',' or ';' or ')' or '”';
    }

    private static bool StartsWithCapital(string text, int lineStart, int wordEnd)
    {
        int start = wordEnd;
        while (start > lineStart && char.IsLetter(text[start - 1])) start--;
        return start < wordEnd && char.IsUpper(text[start]);
    }

    private static bool EndsSentence(string text, int position, int lineEnd)
        => position >= lineEnd || (text[position] == ' ' && (position + 1 >= lineEnd || !char.IsLower(text[position + 1])));

    private static bool IsDateOrYear(string text, int lineStart, int runStart, ReadOnlySpan<char> rest)
    {
        if (rest.Length == 4 && rest[0] is '1' or '2') return true;
        if (rest.Length > 2 || rest[0] == '0') return false;
        int day = rest.Length == 1 ? rest[0] - '0' : (rest[0] - '0') * 10 + rest[1] - '0';
        if (day < 1 || day > 31) return false;
        // The word before must be a month name: "February 18".
        int end = runStart - 1;
        if (end <= lineStart || text[end] != ' ') return false;
        int start = end;
        while (start > lineStart && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        return FrusDate.MonthNumber(text.AsSpan(start, end - start)) != 0;
    }

    /// <summary>
    /// Chooses, for the labels in order, candidates at increasing positions so that the total evidence is
    /// highest (a weighted longest-common-subsequence). A label with no fitting candidate is left unmatched.
    /// </summary>
    private static List<MarkerSpan> Align(List<Candidate> candidates, IReadOnlyList<string> labels)
    {
        var result = new List<MarkerSpan>();
        if (labels.Count == 0 || candidates.Count == 0) return result;
        var byLabel = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < candidates.Count; i++)
        {
            if (!byLabel.TryGetValue(candidates[i].Label, out var list)) byLabel[candidates[i].Label] = list = [];
            list.Add(i);
        }

        // Frontier: states (end position, score, back pointer) with ends and scores both increasing.
        var states = new List<State> { new(-1, 0, -1, -1) };
        var frontier = new List<int> { 0 };
        foreach (string label in labels)
        {
            if (!byLabel.TryGetValue(label, out var options)) continue;
            var added = new List<int>();
            foreach (int index in options)
            {
                var candidate = candidates[index];
                int best = BestBefore(states, frontier, candidate.Start);
                if (best < 0) continue;
                states.Add(new State(candidate.Start + candidate.Length, states[best].Score + Weight(candidate.Evidence), best, index));
                added.Add(states.Count - 1);
            }
            frontier = Merge(states, frontier, added);
        }

        for (int state = frontier[^1]; state > 0; state = states[state].Previous)
        {
            var candidate = candidates[states[state].Candidate];
            result.Add(new MarkerSpan(candidate.Start, candidate.Length, candidate.Evidence));
        }
        return result;
    }

    /// <summary>
    /// Records, for each chosen marker, an equally strong candidate with the same label that also fits between
    /// its neighbours: the alignment could have taken either, so the choice was a guess.
    /// </summary>
    private static void MarkTies(string text, List<Candidate> candidates, List<MarkerSpan> chosen)
    {
        var byLabel = candidates.ToLookup(c => c.Label, StringComparer.Ordinal);
        for (int i = 0; i < chosen.Count; i++)
        {
            var marker = chosen[i];
            int after = i > 0 ? chosen[i - 1].Start + chosen[i - 1].Length : 0;
            int before = i + 1 < chosen.Count ? chosen[i + 1].Start : int.MaxValue;
            foreach (var candidate in byLabel[text.Substring(marker.Start, marker.Length)])
            {
                if (candidate.Start == marker.Start || candidate.Start < after || candidate.Start + candidate.Length > before) continue;
                if (Weight(candidate.Evidence) < Weight(marker.Evidence) || IsAcronymDesignator(text, candidate.Start)) continue;
                chosen[i] = marker with { Alternative = candidate.Start };
                break;
            }
        }
    }

    private readonly record struct State(int End, int Score, int Previous, int Candidate);

    private static int Weight(MarkerEvidence evidence) => evidence switch
    {
        MarkerEvidence.Glued => 100,
        MarkerEvidence.AfterDateOrYear => 90,
        MarkerEvidence.AfterMarker => 80,
        MarkerEvidence.AfterNumberPunctuation => 60,
        MarkerEvidence.SplitFromNumber => 30,
        _ => 20,
    };

    /// <summary>The best state ending at or before <paramref name="position"/>.</summary>
    private static int BestBefore(List<State> states, List<int> frontier, int position)
    {
        int low = 0, high = frontier.Count - 1, found = -1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (states[frontier[middle]].End <= position) { found = middle; low = middle + 1; }
            else high = middle - 1;
        }
        return found < 0 ? -1 : frontier[found];
    }

    private static List<int> Merge(List<State> states, List<int> frontier, List<int> added)
    {
        if (added.Count == 0) return frontier;
        var all = new List<int>(frontier.Count + added.Count);
        all.AddRange(frontier);
        all.AddRange(added);
        all.Sort((a, b) => states[a].End != states[b].End ? states[a].End.CompareTo(states[b].End) : states[b].Score.CompareTo(states[a].Score));
        var merged = new List<int>(all.Count);
        int bestScore = int.MinValue;
        foreach (int state in all)
        {
            if (states[state].Score <= bestScore) continue;
            merged.Add(state);
            bestScore = states[state].Score;
        }
        return merged;
    }

    /// <summary>
    /// Glued numbers that continue the numbering of the chosen markers although no body has their label:
    /// markers whose footnote was lost (reported by FRUS0003).
    /// </summary>
    private static void AddOrphans(string text, List<Candidate> candidates, List<MarkerSpan> chosen)
    {
        var sorted = chosen.OrderBy(m => m.Start).ToList();
        var taken = new List<MarkerSpan>(sorted);
        int next = 0;
        int? previousValue = null;
        foreach (var candidate in candidates)
        {
            while (next < sorted.Count && sorted[next].Start + sorted[next].Length <= candidate.Start)
            {
                previousValue = NumericValue(text, sorted[next]);
                next++;
            }
            if (candidate.Evidence != MarkerEvidence.Glued || candidate.Length > 3) continue;
            if (Overlaps(taken, candidate)) continue;
            if (!int.TryParse(candidate.Label, out int value)) continue;
            int? nextValue = next < sorted.Count ? NumericValue(text, sorted[next]) : null;
            bool fits = (previousValue, nextValue) switch
            {
                (int p, int n) => p < value && value < n,
                // Volumes that number notes through the volume may skip a label or two between documents' parts.
                (int p, null) => value > p && value <= p + 3,
                (null, int n) => value < n && value >= n - 2,
                // No body at all: numbering may start anywhere (volume-wide labels), so take only a number
                // glued to a lower-case word or to the end of a clause, the surest places of a marker.
                (null, null) => value is 0 or 1 || FollowsClauseEnd(text, candidate.Start) || char.IsLower(text[candidate.Start - 1]),
            };
            if (!fits || IsAcronymDesignator(text, candidate.Start)) continue;
            var marker = new MarkerSpan(candidate.Start, candidate.Length, candidate.Evidence);
            chosen.Add(marker);
            taken.Add(marker);
            previousValue = value;
        }
    }

    private static bool FollowsClauseEnd(string text, int start)
        => start >= 2 && text[start - 1] is '.' or ',' or ';' or ':' or '”' or ')' && char.IsLetter(text[start - 2]);

    private static int? NumericValue(string text, MarkerSpan marker)
    {
        var span = text.AsSpan(marker.Start, marker.Length).TrimEnd("abcdefghijklmnopqrstuvwxyz");
        return int.TryParse(span, out int value) ? value : null;
    }

    private static bool Overlaps(List<MarkerSpan> taken, Candidate candidate)
    {
        foreach (var marker in taken)
        {
            if (candidate.Start < marker.Start + marker.Length && marker.Start < candidate.Start + candidate.Length) return true;
        }
        return false;
    }

    /// <summary>Short capitals glued to digits name things (<c>SS9</c>, <c>NSC68</c>) more often than they carry markers.</summary>
    private static bool IsAcronymDesignator(string text, int start)
    {
        int i = start;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        int length = start - i;
        return length is > 0 and <= 4 && text.AsSpan(i, length).IndexOfAnyExceptInRange('A', 'Z') < 0;
    }
}
