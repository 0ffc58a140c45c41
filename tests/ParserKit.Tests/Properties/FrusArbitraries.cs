using FsCheck;
using FsCheck.Fluent;
using ParserKit.Tests.Support;

namespace ParserKit.Tests.Properties;

/// <summary>Text built from the pieces FRUS documents are made of, in any order: brackets, markers, digits, line breaks.</summary>
public sealed record FrusLikeText(string Value)
{
    public override string ToString() => SnapshotsFriendly(Value);

    internal static string SnapshotsFriendly(string value) => value.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}

/// <summary>A real document (seed or corpus) with a few random edits.</summary>
public sealed record MutatedDocument(string Source, string Value)
{
    public override string ToString() => $"{Source}: {FrusLikeText.SnapshotsFriendly(Value[..Math.Min(Value.Length, 300)])}";
}

public static class FrusArbitraries
{
    private static readonly string[] Pieces =
    [
        "[", "]", "[Page ", "[Facsimile Page ", "[Typeset Page ", "Page", "]]", "[[", "12", "1", "0", "12a", "1961", "–", "-",
        "\n", "\r\n", "\r", "\n\n", "  1. ", "353. ", "[101] ", " ", "  ", "\t", "a", "Text", "February 18", "“", "”", "‘", "’", "\"",
        "Foreign Relations, 1961–1963, volume XI, pages 861–862", "ibid.", "Document 12", "[text not declassified]", "H[enry]",
        ".", ",", ";", ":", ")", "(", "\0", "\uFEFF", "😀", "e\u0301", "\u2028", "VII", "[X]", "AIDE MEMOIRE",
    ];

    private static readonly Lazy<(string Name, string Text)[]> Documents = new(() =>
        [.. TestPaths.SeedFiles.Concat(TestPaths.CorpusFiles.Where((_, i) => i % 4 == 0))
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))]);

    public static Arbitrary<FrusLikeText> FrusLikeText() =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(pieces => new FrusLikeText(string.Concat(pieces))).ToArbitrary();

    public static Arbitrary<MutatedDocument> MutatedDocument() =>
        (from index in Gen.Choose(0, Documents.Value.Length - 1)
         from edits in Gen.ListOf(Edit, 4)
         select Mutate(Documents.Value[index], edits)).ToArbitrary();

    private static readonly Gen<(int Operation, int Seed, string Piece)> Edit =
        from operation in Gen.Choose(0, 2)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from piece in Gen.Elements(Pieces)
        select (operation, seed, piece);

    private static MutatedDocument Mutate((string Name, string Text) document, IEnumerable<(int Operation, int Seed, string Piece)> edits)
    {
        var text = document.Text;
        foreach (var (operation, seed, piece) in edits)
        {
            int position = text.Length == 0 ? 0 : seed % (text.Length + 1);
            int length = Math.Min(text.Length - position, 1 + seed % 7);
            text = operation switch
            {
                0 => text.Insert(position, piece),
                1 => text.Remove(position, length),
                _ => text.Remove(position, length).Insert(position, piece),
            };
        }
        return new MutatedDocument(document.Name, text);
    }
}
