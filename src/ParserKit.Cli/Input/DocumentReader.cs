using System.Globalization;

namespace ParserKit.Cli.Input;

/// <summary>Reads documents (files or standard input) within a size limit, turning I/O failures into one-line messages.</summary>
internal sealed class DocumentReader(IFileSystem fileSystem, Func<Stream> openStandardInput, long maxBytes)
{
    /// <summary>The default limit: far above any FRUS volume, low enough to refuse a disk image given by mistake.</summary>
    public const long DefaultMaxBytes = 512L * 1024 * 1024;

    /// <summary>The file operations, also used to write documents back.</summary>
    public IFileSystem FileSystem => fileSystem;

    /// <summary>Reads and decodes <paramref name="path"/> (<c>-</c> is standard input).</summary>
    public SourceFile Read(string path)
    {
        string name = path == SourceFile.StandardInput ? SourceFile.StandardInputName : path;
        byte[] bytes;
        try
        {
            using var stream = path == SourceFile.StandardInput ? openStandardInput() : fileSystem.OpenRead(path);
            bytes = ReadAll(stream, name);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InvalidInputException($"{name}: no such file", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new InvalidInputException($"{name}: permission denied", exception);
        }
        catch (IOException exception)
        {
            throw new InvalidInputException($"{name}: cannot read: {exception.Message}", exception);
        }
        return new SourceFile(name, bytes, SourceFile.Decode(bytes, name));
    }

    private byte[] ReadAll(Stream stream, string name)
    {
        if (stream.CanSeek)
        {
            if (stream.Length > maxBytes) throw TooLarge(name, stream.Length);
            byte[] bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        // A pipe: read at most one byte past the limit to know it was crossed.
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) throw TooLarge(name, buffer.Length);
        }
        return buffer.ToArray();
    }

    private InvalidInputException TooLarge(string name, long length)
        => new($"{name}: {Size(length)} is over the {Size(maxBytes)} limit; raise it with --max-file-size");

    private static string Size(long bytes)
        => bytes >= 1 << 20 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB") : $"{bytes} bytes";
}
