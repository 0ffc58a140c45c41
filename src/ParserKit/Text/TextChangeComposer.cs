namespace ParserKit.Text;

/// <summary>Combines two rounds of edits into one round against the original text.</summary>
internal static class TextChangeComposer
{
    /// <summary>
    /// The changes to <paramref name="original"/> that have the effect of <paramref name="first"/> (spans in the
    /// original) followed by <paramref name="second"/> (spans in the text after <paramref name="first"/>). Both
    /// lists are sorted and non-overlapping; so is the result. Linear in the number of changes and in the text
    /// they touch.
    /// </summary>
    public static List<TextChange> Compose(string original, IReadOnlyList<TextChange> first, IReadOnlyList<TextChange> second)
    {
        // Place the first round's replacements in the intermediate text, then sweep both rounds in order and
        // merge everything whose intermediate ranges touch into one change.
        var placed = new List<(int Start, int End, int Index, bool IsFirst)>(first.Count + second.Count);
        int delta = 0;
        for (int i = 0; i < first.Count; i++)
        {
            int start = first[i].Span.Start + delta;
            placed.Add((start, start + first[i].NewText.Length, i, true));
            delta += first[i].NewText.Length - first[i].Span.Length;
        }
        placed.AddRange(second.Select((c, i) => (c.Span.Start, c.Span.End, i, false)));
        // List.Sort is not stable: ties (an empty change next to a deletion, both placed at one point) must keep
        // each round's own order, or the first round is replayed out of order.
        placed.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? a.End.CompareTo(b.End)
            : a.IsFirst != b.IsFirst ? b.IsFirst.CompareTo(a.IsFirst)
            : a.Index.CompareTo(b.Index));

        var result = new List<TextChange>();
        int shift = 0;
        for (int k = 0; k < placed.Count;)
        {
            int componentStart = placed[k].Start, componentEnd = placed[k].End, from = k;
            for (k++; k < placed.Count && placed[k].Start <= componentEnd; k++) componentEnd = Math.Max(componentEnd, placed[k].End);
            var component = placed.GetRange(from, k - from);

            int originalStart = componentStart - shift;
            var intermediate = new System.Text.StringBuilder();
            int position = originalStart;
            foreach (var item in component.Where(c => c.IsFirst))
            {
                var change = first[item.Index];
                intermediate.Append(original, position, change.Span.Start - position).Append(change.NewText);
                position = change.Span.End;
                shift += change.NewText.Length - change.Span.Length;
            }
            int originalEnd = componentEnd - shift;
            intermediate.Append(original, position, originalEnd - position);

            string segment = intermediate.ToString();
            var local = component.Where(c => !c.IsFirst)
                .Select(c => new TextChange(new TextSpan(second[c.Index].Span.Start - componentStart, second[c.Index].Span.Length), second[c.Index].NewText));
            result.Add(new TextChange(TextSpan.FromBounds(originalStart, originalEnd), SourceText.From(segment).WithChanges(local).ToString()));
        }
        return result;
    }
}
