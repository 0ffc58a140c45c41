using System.CommandLine;
using ParserKit.Cli.Input;
using ParserKit.Frus;

namespace ParserKit.Cli.Commands;

/// <summary><c>parserkit roundtrip PATH...</c>: the tree's text must equal the file byte for byte.</summary>
internal static class RoundtripCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or directories (searched recursively for *.txt)." };
        var command = new Command("roundtrip", "Parse each file and compare the tree's text with the file, byte for byte.") { paths };
        command.SetAction(result => Run(result.GetValue(paths)!, Console.Out));
        return command;
    }

    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var files = PathExpander.Expand(arguments);
        int mismatches = 0;
        foreach (string path in files)
        {
            var file = SourceFile.Read(path);
            var tree = FrusSyntaxTree.ParseText(file.Text, file.Path);
            byte[] written = SourceFile.Encode(tree.GetRoot().ToFullString());
            int difference = FirstDifference(file.Bytes, written);
            if (difference < 0) continue;
            mismatches++;
            output.WriteLine($"{file.Path}: round trip differs at byte offset {difference}");
        }
        output.WriteLine($"{files.Count - mismatches} of {files.Count} {(files.Count == 1 ? "file" : "files")} round-trip byte for byte");
        return mismatches > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static int FirstDifference(byte[] expected, byte[] actual)
    {
        int common = expected.AsSpan().CommonPrefixLength(actual);
        return common == expected.Length && common == actual.Length ? -1 : common;
    }
}
