using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ParserKit.Cli.Configuration;

/// <summary>
/// An <c>.editorconfig</c> section name as a matcher of paths. As in Roslyn and the EditorConfig spec: a name
/// without <c>/</c> matches the file name in any folder below the <c>.editorconfig</c>; with a <c>/</c> it is
/// anchored at that folder. <c>*</c> is any run within a folder, <c>**</c> any run across folders, <c>?</c> one
/// character, <c>[abc]</c>/<c>[!abc]</c> a class, <c>{a,b}</c> alternatives, <c>{1..10}</c> an integer range.
/// </summary>
internal sealed class EditorConfigGlob
{
    private static readonly Regex NumberRange = new(@"^(-?\d+)\.\.(-?\d+)$", RegexOptions.CultureInvariant);
    private readonly Regex _regex;
    private readonly List<(long Min, long Max)> _ranges;

    private EditorConfigGlob(Regex regex, List<(long, long)> ranges)
    {
        _regex = regex;
        _ranges = ranges;
    }

    /// <summary>The matcher of <paramref name="section"/>, or null when the name is not a valid glob.</summary>
    public static EditorConfigGlob? TryCreate(string section)
    {
        var regex = new StringBuilder("^");
        if (!section.Contains('/')) regex.Append("(?:.*/)?");
        else if (section.StartsWith('/')) section = section[1..];
        var ranges = new List<(long, long)>();
        int index = 0;
        if (!Translate(section, ref index, regex, ranges, inBraces: false)) return null;
        regex.Append('$');
        return new EditorConfigGlob(new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline), ranges);
    }

    /// <summary>Whether <paramref name="relativePath"/> (from the <c>.editorconfig</c>'s folder, <c>/</c>-separated) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        var match = _regex.Match(relativePath);
        if (!match.Success) return false;
        for (int i = 0; i < _ranges.Count; i++)
        {
            var group = match.Groups[i + 1];
            if (group.Success && (!long.TryParse(group.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) || n < _ranges[i].Min || n > _ranges[i].Max))
                return false;
        }
        return true;
    }

    private static bool Translate(string glob, ref int i, StringBuilder regex, List<(long, long)> ranges, bool inBraces)
    {
        while (i < glob.Length)
        {
            char c = glob[i];
            if (inBraces && (c == ',' || c == '}')) return true;
            i++;
            switch (c)
            {
                case '\\' when i < glob.Length:
                    regex.Append(Regex.Escape(glob[i++].ToString()));
                    break;
                case '*' when i < glob.Length && glob[i] == '*':
                    i++;
                    bool folders = i < glob.Length && glob[i] == '/';
                    if (folders) i++;
                    regex.Append(folders ? "(?:.*/)?" : ".*");
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    AppendClass(glob, ref i, regex);
                    break;
                case '{':
                    if (!AppendBraces(glob, ref i, regex, ranges)) return false;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return !inBraces;
    }

    private static void AppendClass(string glob, ref int i, StringBuilder regex)
    {
        int close = glob.IndexOf(']', i);
        if (close < 0)
        {
            regex.Append(@"\[");
            return;
        }
        string content = glob[i..close];
        i = close + 1;
        bool negated = content.StartsWith('!');
        regex.Append('[').Append(negated ? "^" : "");
        foreach (char c in negated ? content[1..] : content)
            regex.Append(c is '\\' or '[' or ']' or '^' ? "\\" + c : c.ToString());
        regex.Append(']');
    }

    private static bool AppendBraces(string glob, ref int i, StringBuilder regex, List<(long, long)> ranges)
    {
        int close = glob.IndexOf('}', i);
        var range = close < 0 ? Match.Empty : NumberRange.Match(glob[i..close]);
        if (range.Success)
        {
            long a = long.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture), b = long.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
            ranges.Add((Math.Min(a, b), Math.Max(a, b)));
            regex.Append(@"(-?\d+)");
            i = close + 1;
            return true;
        }
        regex.Append("(?:");
        while (true)
        {
            if (!Translate(glob, ref i, regex, ranges, inBraces: true)) return false;
            if (glob[i++] == '}') break;
            regex.Append('|');
        }
        regex.Append(')');
        return true;
    }
}
