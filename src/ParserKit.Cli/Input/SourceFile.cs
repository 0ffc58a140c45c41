using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ParserKit.Cli.Input;

/// <summary>A document read from disk: its path as the user will see it, its bytes and its text.</summary>
/// <remarks>
/// Files are decoded strictly: invalid UTF-8 is an error with the byte offset, never silently replaced,
/// so that what ParserKit checks is exactly what is on disk. A byte-order mark stays in the text as U+FEFF
/// (the lexer keeps it as trivia), so the text encodes back to the very same bytes.
/// </remarks>
internal sealed record SourceFile(string Path, byte[] Bytes, string Text)
{
    /// <summary>Reads and decodes <paramref name="path"/>.</summary>
    public static SourceFile Read(string path)
    {
        byte[] bytes = path == "-" ? ReadStandardInput() : File.ReadAllBytes(path);
        return new SourceFile(path == "-" ? "<stdin>" : path, bytes, Decode(bytes, path));
    }

    /// <summary>Decodes UTF-8 strictly.</summary>
    public static string Decode(byte[] bytes, string path)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
                throw new InvalidInputException($"{path}: not valid UTF-8 at byte offset {read}");
            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Encodes text the way it was read (UTF-8; a U+FEFF at the start becomes the byte-order mark again).</summary>
    public static byte[] Encode(string text) => new UTF8Encoding(false).GetBytes(text);

    private static byte[] ReadStandardInput()
    {
        using var buffer = new MemoryStream();
        Console.OpenStandardInput().CopyTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>A problem with the input itself (missing path, invalid UTF-8): exit code 2, one line on stderr.</summary>
internal sealed class InvalidInputException(string message) : Exception(message);
