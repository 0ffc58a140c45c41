using System.Text.RegularExpressions;

namespace ParserKit.Tests.Cli;

/// <summary>The README's library example is this project's ReadmeExample.cs, so it compiles and runs with every build.</summary>
public sealed partial class ReadmeExampleTests
{
    [GeneratedRegex(@"## Library usage.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex LibraryUsageBlock();

    [Fact]
    public void The_readme_shows_exactly_the_compiled_example()
    {
        string readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        string example = File.ReadAllText(Path.Combine(Repository.Root, "tests", "ParserKit.Tests", "Cli", "ReadmeExample.cs")).ReplaceLineEndings("\n");

        var block = LibraryUsageBlock().Match(readme);

        Assert.True(block.Success, "README.md has no ```csharp block under '## Library usage'");
        Assert.Equal(example, block.Groups["code"].Value);
    }

    [Fact]
    public void The_example_parses_and_fixes_as_its_comments_say()
    {
        Assert.Equal("353. Editorial Note\n\nThe talks went on [Page 759] into the night.\n", ReadmeExample.Run());
    }
}
