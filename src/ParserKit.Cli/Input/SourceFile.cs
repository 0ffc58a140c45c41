using System.Text;
using System.Text.Unicode;

namespace ParserKit.Cli.Input;

/// <summary>A document read from disk or standard input: its path as the user will see it, its bytes and its text.</summary>
/// <remarks>
/// Files are decoded strictly: invalid UTF-8 is an error with the byte offset, never silently replaced,
/// so that what ParserKit checks is exactly what is on disk. A byte-order mark stays in the text as U+FEFF
/// (the lexer keeps it as trivia), so the text encodes back to the very same bytes.
/// </remarks>
internal sealed record SourceFile(string Path, byte[] Bytes, string Text)
{
    /// <summary>The argument that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>How standard input is named in messages.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>True when this document came from standard input.</summary>
    public bool IsStandardInput => Path == StandardInputName;

    /// <summary>
    /// The offset of the first NUL byte, or -1. FRUS text never holds one, so a NUL means a binary file or
    /// UTF-16 text: still parsed (parsing is lossless), but flagged, and never rewritten by <c>fix</c>.
    /// </summary>
    public int NulByteOffset { get; } = Bytes.AsSpan().IndexOf((byte)0);

    /// <summary>Decodes UTF-8 strictly; invalid input names the offset of the first bad byte.</summary>
    public static string Decode(byte[] bytes, string path)
    {
        if (!Utf8.IsValid(bytes)) throw new InvalidInputException($"{path}: not valid UTF-8 at byte offset {FirstInvalidByte(bytes)}");
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Encodes text the way it was read (UTF-8; a U+FEFF at the start becomes the byte-order mark again).</summary>
    public static byte[] Encode(string text) => new UTF8Encoding(false).GetBytes(text);

    private static long FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        // Decode in chunks until the decoder stops for a reason other than a full buffer.
        Span<char> buffer = new char[1 << 16];
        long offset = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes, buffer, out int read, out _, replaceInvalidSequences: false);
            offset += read;
            bytes = bytes[read..];
            if (status != System.Buffers.OperationStatus.DestinationTooSmall) return offset;
        }
    }
}

/// <summary>A problem with the input itself (missing path, invalid UTF-8): exit code 2, one line on stderr.</summary>
internal sealed class InvalidInputException(string message, Exception? inner = null) : Exception(message, inner);
