using System.Globalization;
using ParserKit.Text;

namespace ParserKit.Cli.Output;

/// <summary>
/// A unified diff (<c>diff -u</c>, readable by <c>patch -p0</c> and <c>git apply</c>) built straight from the
/// changes to a text, so it costs time in proportion to the lines the changes touch, not to the file.
/// Lines keep their own line breaks (<c>\r\n</c> stays <c>\r\n</c>).
/// </summary>
internal static class UnifiedDiff
{
    private sealed record Block(int OldStart, int OldEnd, List<string> NewLines);

    /// <summary>Writes the diff that turns <paramref name="original"/> into it with <paramref name="changes"/> applied.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="path">The name in the <c>---</c>/<c>+++</c> header.</param>
    /// <param name="original">The text before.</param>
    /// <param name="changes">Sorted, non-overlapping changes to <paramref name="original"/>.</param>
    /// <param name="context">Unchanged lines shown around each change.</param>
    public static void Write(TextWriter output, string path, SourceText original, IReadOnlyList<TextChange> changes, int context = 3)
    {
        if (changes.Count == 0) return;
        int lineCount = CountLines(original);
        var blocks = Blocks(original, changes, lineCount);
        output.Write($"--- {path}\n+++ {path}\n");
        int shift = 0;
        for (int first = 0; first < blocks.Count;)
        {
            int last = first;
            while (last + 1 < blocks.Count && blocks[last + 1].OldStart - blocks[last].OldEnd <= 2 * context) last++;
            int start = Math.Max(0, blocks[first].OldStart - context);
            int end = Math.Min(lineCount, blocks[last].OldEnd + context);
            int oldCount = end - start;
            int newCount = oldCount + blocks[first..(last + 1)].Sum(b => b.NewLines.Count - (b.OldEnd - b.OldStart));
            output.Write(string.Create(CultureInfo.InvariantCulture, $"@@ -{HunkStart(start, oldCount)},{oldCount} +{HunkStart(start + shift, newCount)},{newCount} @@\n"));
            int line = start;
            foreach (var block in blocks[first..(last + 1)])
            {
                for (; line < block.OldStart; line++) WriteLine(output, ' ', LineText(original, line));
                for (; line < block.OldEnd; line++) WriteLine(output, '-', LineText(original, line));
                foreach (string added in block.NewLines) WriteLine(output, '+', added);
            }
            for (; line < end; line++) WriteLine(output, ' ', LineText(original, line));
            shift += newCount - oldCount;
            first = last + 1;
        }
    }

    /// <summary>Groups the changes by the lines they touch; each group's new lines are its old lines with the changes applied.</summary>
    private static List<Block> Blocks(SourceText original, IReadOnlyList<TextChange> changes, int lineCount)
    {
        var blocks = new List<Block>();
        for (int i = 0, j = 0; i < changes.Count; i = j)
        {
            int oldStart = Math.Min(original.GetLineNumber(changes[i].Span.Start), lineCount);
            int oldEnd = oldStart;
            string replaced;
            while (true)
            {
                for (; j < changes.Count && (j == i || original.GetLineNumber(changes[j].Span.Start) < oldEnd); j++)
                    oldEnd = Math.Min(lineCount, Math.Max(oldEnd, LastLine(original, changes[j]) + 1));
                int from = LineStart(original, oldStart, lineCount);
                var local = changes.Skip(i).Take(j - i).Select(c => new TextChange(new TextSpan(c.Span.Start - from, c.Span.Length), c.NewText));
                replaced = SourceText.From(original.ToString(TextSpan.FromBounds(from, LineStart(original, oldEnd, lineCount)))).WithChanges(local).ToString();
                // A change that removed the last line break joins the next line to the block.
                if (oldEnd >= lineCount || replaced.Length == 0 || replaced[^1] is '\n' or '\r') break;
                oldEnd++;
            }
            blocks.Add(new Block(oldStart, oldEnd, SplitLines(replaced)));
        }
        return blocks;
    }

    private static int LastLine(SourceText text, TextChange change) => text.GetLineNumber(Math.Max(change.Span.Start, change.Span.End - 1));

    /// <summary>Lines that hold text or a line break: a text ending in a line break has no empty line after it.</summary>
    private static int CountLines(SourceText text)
    {
        int count = text.Lines.Count;
        return count > 0 && text.GetLine(count - 1).SpanIncludingLineBreak.IsEmpty ? count - 1 : count;
    }

    private static int LineStart(SourceText text, int line, int lineCount) => line < lineCount ? text.GetLine(line).Start : text.Length;

    private static string LineText(SourceText text, int line) => text.ToString(text.GetLine(line).SpanIncludingLineBreak);

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var source = SourceText.From(text);
        for (int i = 0; i < CountLines(source); i++) lines.Add(LineText(source, i));
        return lines;
    }

    // An empty range is named by the line before it, as diff does.
    private static int HunkStart(int start, int count) => count == 0 ? start : start + 1;

    private static void WriteLine(TextWriter output, char marker, string line)
    {
        output.Write(marker);
        output.Write(line);
        if (!line.EndsWith('\n') && !line.EndsWith('\r')) output.Write("\n\\ No newline at end of file\n");
    }
}
