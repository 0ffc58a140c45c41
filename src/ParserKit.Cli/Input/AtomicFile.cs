namespace ParserKit.Cli.Input;

/// <summary>Replaces a file's contents so that a reader sees either the old bytes or the new ones, never a mix.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="bytes"/> to a temporary file beside <paramref name="path"/> (same directory, so the
    /// same volume), flushes it to disk, gives it the original's permissions and renames it over the original.
    /// On any failure the temporary file is removed and the original is untouched.
    /// </summary>
    public static void Write(IFileSystem fileSystem, string path, byte[] bytes)
    {
        // Write through a symbolic link, not over it.
        string target = fileSystem.ResolveLinks(path);
        string directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        string temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.parserkit-tmp");
        try
        {
            using (var stream = fileSystem.CreateNew(temporary))
            {
                stream.Write(bytes);
                if (stream is FileStream file) file.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows()) fileSystem.SetUnixFileMode(temporary, fileSystem.GetUnixFileMode(target));
            fileSystem.Replace(temporary, target);
        }
        catch
        {
            TryDelete(fileSystem, temporary);
            throw;
        }
    }

    private static void TryDelete(IFileSystem fileSystem, string path)
    {
        try
        {
            fileSystem.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The original is intact either way; a leftover temporary file is the lesser harm.
        }
    }
}
