using System.Globalization;
using ParserKit.Text;

namespace ParserKit.Diagnostics;

/// <summary>A repair that can be applied to the text: a title and the changes it makes.</summary>
/// <param name="Title">What the fix does, in words.</param>
/// <param name="Changes">Non-overlapping text changes.</param>
public sealed record CodeFix(string Title, IReadOnlyList<TextChange> Changes);

/// <summary>One finding: a rule, where, how serious, a message, and optional fixes.</summary>
public sealed class Diagnostic
{
    private readonly object?[] _arguments;

    private Diagnostic(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, object?[] arguments, IReadOnlyList<CodeFix> fixes)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        _arguments = arguments;
        Fixes = fixes;
    }

    /// <summary>Creates a diagnostic at the rule's default severity.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] arguments)
        => new(descriptor, location, descriptor.DefaultSeverity, arguments, []);

    /// <summary>Creates a diagnostic that offers fixes.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, IReadOnlyList<CodeFix> fixes, params object?[] arguments)
        => new(descriptor, location, descriptor.DefaultSeverity, arguments, fixes);

    /// <summary>The rule.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule's stable id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Where it points.</summary>
    public Location Location { get; }

    /// <summary>The effective severity (the default unless configured otherwise).</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Repairs that remove this diagnostic.</summary>
    public IReadOnlyList<CodeFix> Fixes { get; }

    /// <summary>The message with its arguments filled in.</summary>
    public string GetMessage() => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, _arguments);

    /// <summary>A copy with another severity.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) => new(Descriptor, Location, severity, _arguments, Fixes);

    /// <summary>Compiler-style text: <c>path(line,col): severity ID: message</c>.</summary>
    public override string ToString()
    {
        var span = Location.GetLineSpan();
        var start = span.Span.Start;
        return $"{span.Path}({start.Line + 1},{start.Character + 1}): {Severity.ToString().ToLowerInvariant()} {Id}: {GetMessage()}";
    }
}
