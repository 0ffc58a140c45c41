using System.Text.RegularExpressions;

namespace ParserKit.Cli.Configuration;

/// <summary>One <c>dotnet_diagnostic.ID.severity = VALUE</c> line of a section.</summary>
/// <param name="RuleId">The rule id as written.</param>
/// <param name="Value">The severity word as written.</param>
/// <param name="Line">1-based line number, for messages.</param>
internal sealed record SeveritySetting(string RuleId, string Value, int Line);

/// <summary>A <c>[glob]</c> section and the severity settings in it, in file order.</summary>
internal sealed record EditorConfigSection(EditorConfigGlob Glob, IReadOnlyList<SeveritySetting> Settings);

/// <summary>
/// The parts of an <c>.editorconfig</c> file that ParserKit reads: <c>root = true</c> in the preamble and the
/// <c>dotnet_diagnostic.ID.severity</c> settings of each section. Other properties are left to other tools.
/// </summary>
internal sealed partial class EditorConfigFile
{
    private EditorConfigFile(string path, bool isRoot, IReadOnlyList<EditorConfigSection> sections)
    {
        Path = path;
        IsRoot = isRoot;
        Sections = sections;
    }

    /// <summary>Where the file is.</summary>
    public string Path { get; }

    /// <summary>The folder its section globs are relative to.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>True when <c>root = true</c>: the search for files further up stops here.</summary>
    public bool IsRoot { get; }

    /// <summary>The sections, in file order (a later one wins over an earlier one).</summary>
    public IReadOnlyList<EditorConfigSection> Sections { get; }

    /// <summary>Parses the text of the file at <paramref name="path"/>. Lines it does not understand are skipped, as editors do.</summary>
    public static EditorConfigFile Parse(string path, string text)
    {
        bool isRoot = false, inPreamble = true;
        var sections = new List<EditorConfigSection>();
        List<SeveritySetting>? settings = null;
        string[] lines = text.Split('\n');
        for (int index = 0; index < lines.Length; index++)
        {
            string line = lines[index].Trim();
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            if (SectionLine().Match(line) is { Success: true } section)
            {
                inPreamble = false;
                // An invalid glob matches nothing: its settings are read and dropped.
                var glob = EditorConfigGlob.TryCreate(section.Groups[1].Value);
                settings = [];
                if (glob is not null) sections.Add(new EditorConfigSection(glob, settings));
                continue;
            }
            if (PropertyLine().Match(line) is not { Success: true } property) continue;
            string key = property.Groups[1].Value.ToLowerInvariant(), value = property.Groups[2].Value;
            if (inPreamble)
            {
                if (key == "root") isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
            }
            else if (SeverityKey().Match(key) is { Success: true } severity)
            {
                settings!.Add(new SeveritySetting(severity.Groups[1].Value, value, index + 1));
            }
        }
        return new EditorConfigFile(path, isRoot, sections);
    }

    [GeneratedRegex(@"^\[(.+)\]\s*(?:[#;].*)?$")]
    private static partial Regex SectionLine();

    // Roslyn's property syntax: key, '=' or ':', value; a trailing '#' or ';' comment is dropped.
    [GeneratedRegex(@"^([\w\.\-]+)\s*[=:]\s*(.*?)\s*(?:[#;].*)?$")]
    private static partial Regex PropertyLine();

    [GeneratedRegex(@"^dotnet_diagnostic\.(.+)\.severity$")]
    private static partial Regex SeverityKey();
}
