using System.Globalization;
using ParserKit.Diagnostics;

namespace ParserKit.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=F,line=L,col=C,title=ID::message</c>), which the runner turns
/// into annotations. Errors stay errors, warnings warnings, info becomes a notice.
/// </summary>
internal sealed class GitHubFormatter(TextWriter output) : DiagnosticFormatter
{
    public override void WriteFile(CheckedFile file)
    {
        var text = file.Tree.GetText();
        string path = Property(file.Path.Replace('\\', '/'));
        foreach (var diagnostic in file.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            string command = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"::{command} file={path},line={text.GetLineNumber(span.Start) + 1},col={text.GetDisplayColumn(span.Start)},endLine={text.GetLineNumber(span.End) + 1},endColumn={text.GetDisplayColumn(span.End)},title={Property(diagnostic.Id)}::{Data(diagnostic.GetMessage())}"));
        }
    }

    // The runner's escaping: '%' and line breaks everywhere, ':' and ',' also inside properties.
    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
