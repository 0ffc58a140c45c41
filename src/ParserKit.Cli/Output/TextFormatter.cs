using System.Globalization;
using System.Text;
using ParserKit.Diagnostics;
using ParserKit.Frus;
using ParserKit.Text;

namespace ParserKit.Cli.Output;

/// <summary>
/// <c>path(line,col): severity ID: message</c>, one line each, with 1-based line and display column (what an
/// editor shows). For a terminal, each line is followed by the source line and a caret under the span.
/// </summary>
internal sealed class TextFormatter(TextWriter output, bool showExcerpts) : DiagnosticFormatter
{
    public override void WriteFile(CheckedFile file)
    {
        foreach (var diagnostic in file.Diagnostics)
        {
            output.WriteLine(Format(diagnostic, file.Tree));
            if (showExcerpts) WriteExcerpt(diagnostic, file.Tree);
        }
    }

    /// <summary>The compiler-style line for one diagnostic.</summary>
    public static string Format(Diagnostic diagnostic, FrusSyntaxTree tree)
    {
        var text = tree.GetText();
        int start = diagnostic.Location.SourceSpan.Start;
        return string.Create(CultureInfo.InvariantCulture,
            $"{tree.FilePath}({text.GetLineNumber(start) + 1},{text.GetDisplayColumn(start)}): {SeverityName(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.GetMessage()}");
    }

    private void WriteExcerpt(Diagnostic diagnostic, FrusSyntaxTree tree)
    {
        var text = tree.GetText();
        var span = diagnostic.Location.SourceSpan;
        var line = text.GetLine(text.GetLineNumber(span.Start));
        string gutter = (line.LineNumber + 1).ToString(CultureInfo.InvariantCulture);
        int column = text.GetDisplayColumn(span.Start);
        int end = Math.Min(Math.Max(span.End, span.Start + 1), line.End);
        int width = Math.Max(1, text.GetDisplayColumn(end) - column);
        // Copy tabs from the source line so the caret lines up however wide the terminal draws them.
        var pad = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(text.ToString(TextSpan.FromBounds(line.Start, span.Start)));
        while (elements.MoveNext()) pad.Append(elements.GetTextElement() == "\t" ? '\t' : ' ');
        output.WriteLine($" {gutter} | {line}");
        output.WriteLine($" {new string(' ', gutter.Length)} | {pad}{new string('^', width)}");
    }
}
