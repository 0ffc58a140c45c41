namespace ParserKit.Diagnostics;

/// <summary>
/// Everything constant about a diagnostic rule: its stable id (never reused, never changes meaning), title,
/// message format, category, default severity and help.
/// </summary>
/// <param name="Id">Stable id such as <c>FRUS0001</c>.</param>
/// <param name="Title">Short title.</param>
/// <param name="MessageFormat">Message with <see cref="string.Format(string, object?[])"/> placeholders.</param>
/// <param name="Category">Group the rule belongs to.</param>
/// <param name="DefaultSeverity">Severity when nothing is configured.</param>
/// <param name="IsEnabledByDefault">Whether the rule runs when nothing is configured.</param>
/// <param name="Description">Longer help text.</param>
/// <param name="HelpLinkUri">Where the rule's documentation page is.</param>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    DiagnosticSeverity DefaultSeverity,
    bool IsEnabledByDefault = true,
    string Description = "",
    string HelpLinkUri = "");
