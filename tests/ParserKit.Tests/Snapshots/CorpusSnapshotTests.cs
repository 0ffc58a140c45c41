using ParserKit.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace ParserKit.Tests.Snapshots;

/// <summary>
/// The tree and diagnostics of a representative set of corpus documents, pinned under snapshots/corpus/: at
/// least one per volume and one per convention the grammar knows.
/// </summary>
public class CorpusSnapshotTests
{
    /// <summary>Each document and what it shows.</summary>
    public static TheoryData<string, string> Documents => new()
    {
        { "frus1914-20v01/d100", "bare heading, file number, dateline with a space before the comma, salutation, closer, signature, volume-wide footnote 10" },
        { "frus1914-20v01/d101", "[101] heading, labels 11, 12, 12a, 13, an inline page marker" },
        { "frus1914-20v01/d143", "an enclosure with its own heading and dateline" },
        { "frus1930v01/d147", "telegram: file number, [Paraphrase], dateline with time, [Received …68] with a marker inside, telegram number" },
        { "frus1930v01/d212", "a label the volume repeats (FRUS0005) and 'No. 615' read as No. 6 + marker 15 (FRUS0016)" },
        { "frus1948v01p1/d69", "a table with tab-separated cells and empty first cells" },
        { "frus1948v01p1/d73", "classification lines (secret, us urgent) in the opener" },
        { "frus1955-57v04/d58", "a date in the heading with the source-note marker glued to the year (19571); 'September 1810'" },
        { "frus1958-60v04/d100", "a source note numbered 0" },
        { "frus1958-60v04/d111", "'Executive Order 104013' read as 10401 + marker 3 (FRUS0016)" },
        { "frus1961-63v05/d350", "memorandum of conversation: SUBJECT and PARTICIPANTS, page breaks" },
        { "frus1961-63v05/d357", "numbered paragraphs just before indented footnotes; citations with hyphenated ranges (FRUS0010)" },
    };

    public static string Folder => Path.Combine(TestPaths.Snapshots, "corpus");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Corpus_document_tree_and_diagnostics(string document, string shows)
    {
        Assert.False(string.IsNullOrWhiteSpace(shows));
        string text = File.ReadAllText(Path.Combine(TestPaths.Corpus, document + ".txt"));
        Snapshot.Match(SnapshotText.Of(text, document + ".txt"), new SnapshotFullName(document.Replace('/', '_') + ".snap", Folder));
    }

    [Fact]
    public void Every_volume_is_represented()
    {
        var volumes = Directory.GetDirectories(TestPaths.Corpus).Select(Path.GetFileName);
        var represented = Documents.Select(row => ((string)row[0]).Split('/')[0]).ToHashSet();
        Assert.All(volumes, volume => Assert.Contains(volume!, represented));
    }
}
