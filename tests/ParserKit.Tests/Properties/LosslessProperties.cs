using FsCheck.Xunit;
using ParserKit.Frus;
using ParserKit.Tests.Support;

namespace ParserKit.Tests.Properties;

/// <summary>
/// The invariants that hold for every input: the tree's text is the input, tokens and trivia tile it, parsing
/// and every rule run without an exception, and each diagnostic points inside the text.
/// </summary>
[Properties(Arbitrary = [typeof(FrusArbitraries)], MaxTest = 300)]
public class LosslessProperties
{
    [Property]
    public void Any_string_round_trips(string? text) => Check(text ?? string.Empty);

    [Property]
    public void Text_made_of_FRUS_pieces_round_trips(FrusLikeText text) => Check(text.Value);

    [Property(MaxTest = 200)]
    public void Mutated_real_documents_round_trip(MutatedDocument document) => Check(document.Value);

    private static void Check(string text)
    {
        var tree = FrusSyntaxTree.ParseText(text);
        TreeAssert.IsLossless(text, tree);
        foreach (var diagnostic in tree.GetDiagnostics())
        {
            Assert.InRange(diagnostic.Location.SourceSpan.Start, 0, text.Length);
            Assert.InRange(diagnostic.Location.SourceSpan.End, 0, text.Length);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage()));
        }
    }
}
