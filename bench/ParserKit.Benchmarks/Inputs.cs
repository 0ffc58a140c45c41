using System.Reflection;
using System.Text;

namespace ParserKit.Benchmarks;

/// <summary>
/// Every text the benchmarks parse, by name. Built once per process from the embedded corpus and seeds,
/// so every benchmark of a run (and every process BenchmarkDotNet starts) sees the same strings.
/// </summary>
public static class Inputs
{
    /// <summary>The 220 corpus documents concatenated once (≈ 0.65 M chars), the unit of the scaling series.</summary>
    public const string Corpus1 = "corpus-x1";

    /// <summary>The concatenated corpus 4 times.</summary>
    public const string Corpus4 = "corpus-x4";

    /// <summary>The concatenated corpus 16 times.</summary>
    public const string Corpus16 = "corpus-x16";

    /// <summary>A volume-sized input: the concatenated corpus 8 times (≈ 5.2 M chars, ≥ 4 MB).</summary>
    public const string Volume = "volume";

    /// <summary>Seed document 000 alone.</summary>
    public const string Seed0 = "seed-000";

    /// <summary>Seed document 001 alone.</summary>
    public const string Seed1 = "seed-001";

    /// <summary>200,000 <c>[</c> in a row on one line.</summary>
    public const string HostileBrackets = "hostile-brackets";

    /// <summary>100,000 unterminated <c>[Page </c> in a row on one line.</summary>
    public const string HostilePages = "hostile-pages";

    /// <summary>The 220 corpus documents one by one (for the per-document and parallel benchmarks).</summary>
    public const string CorpusDocuments = "corpus-documents";

    /// <summary>How many copies of the concatenated corpus make the volume input.</summary>
    public const int VolumeCopies = 8;

    private static readonly Lazy<IReadOnlyList<Document>> LazyDocuments = new(LoadDocuments);
    private static readonly Lazy<string> LazyConcatenated = new(() => string.Concat(Documents.Select(d => d.Text)));
    private static readonly Dictionary<string, string> Cache = [];
    private static readonly Lock CacheLock = new();

    /// <summary>A corpus document: its path in the corpus and its text.</summary>
    public sealed record Document(string Name, string Text);

    /// <summary>The 220 corpus documents in a fixed order (by volume, then id).</summary>
    public static IReadOnlyList<Document> Documents => LazyDocuments.Value;

    /// <summary>Total characters of the corpus documents.</summary>
    public static int CorpusCharacters => Concatenated.Length;

    /// <summary>The corpus documents concatenated once.</summary>
    public static string Concatenated => LazyConcatenated.Value;

    /// <summary>The text named <paramref name="name"/> (one of the constants above).</summary>
    public static string Get(string name)
    {
        lock (CacheLock)
        {
            if (!Cache.TryGetValue(name, out var text)) Cache[name] = text = Build(name);
            return text;
        }
    }

    /// <summary>How many characters a benchmark over <paramref name="name"/> parses per operation.</summary>
    public static long Characters(string name) => name == CorpusDocuments ? CorpusCharacters : Get(name).Length;

    /// <summary>Drops the cached texts (the retained-size harness wants only what it builds).</summary>
    public static void ClearCache()
    {
        lock (CacheLock) Cache.Clear();
    }

    private static string Build(string name) => name switch
    {
        Corpus1 => Concatenated,
        Corpus4 => Repeat(Concatenated, 4),
        Corpus16 => Repeat(Concatenated, 16),
        Volume => Repeat(Concatenated, VolumeCopies),
        Seed0 => ReadResource("seeds/000_4fdf7f51bfe9f7e4.txt"),
        Seed1 => ReadResource("seeds/001_cfe252ec1893736f.txt"),
        HostileBrackets => new string('[', 200_000),
        HostilePages => Repeat("[Page ", 100_000),
        CorpusDocuments => Concatenated,
        _ => throw new ArgumentException($"Unknown input '{name}'.", nameof(name)),
    };

    private static string Repeat(string text, int count)
    {
        var builder = new StringBuilder(text.Length * count);
        for (int i = 0; i < count; i++) builder.Append(text);
        return builder.ToString();
    }

    private static IReadOnlyList<Document> LoadDocuments()
    {
        var assembly = typeof(Inputs).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("corpus/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count != 220) throw new InvalidOperationException($"Expected 220 embedded corpus documents, found {names.Count}.");
        // Every document ends with one newline; concatenated, the next heading starts the next line.
        return [.. names.Select(n => new Document(n["corpus/".Length..], ReadResource(n)))];
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource '{name}'.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }
}
