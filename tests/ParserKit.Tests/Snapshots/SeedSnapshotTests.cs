using ParserKit.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace ParserKit.Tests.Snapshots;

/// <summary>The tree and diagnostics of every seed document, pinned under snapshots/seeds/.</summary>
public class SeedSnapshotTests
{
    public static string Folder => Path.Combine(TestPaths.Snapshots, "seeds");

    public static TheoryData<string> Seeds => [.. TestPaths.SeedFiles.Select(path => Path.GetFileNameWithoutExtension(path))];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_tree_and_diagnostics(string seed)
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.Samples, seed + ".txt"));
        Snapshot.Match(SnapshotText.Of(text, seed + ".txt"), new SnapshotFullName(seed + ".snap", Folder));
    }

    [Fact]
    public void Every_seed_has_a_committed_snapshot()
    {
        var seeds = TestPaths.SeedFiles.Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.NotEmpty(seeds);
        var missing = seeds.Where(seed => !File.Exists(Path.Combine(Folder, "__snapshots__", seed + ".snap"))).ToList();
        Assert.True(missing.Count == 0, "Seeds without a committed snapshot: " + string.Join(", ", missing));
    }
}
