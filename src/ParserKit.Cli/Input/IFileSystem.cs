using System.Runtime.Versioning;

namespace ParserKit.Cli.Input;

/// <summary>
/// The file operations the CLI performs on documents. A seam so that tests can make reads and writes fail
/// (a full disk, a rename refused) and check that no document is left half-written.
/// </summary>
internal interface IFileSystem
{
    /// <summary>Opens an existing file for reading.</summary>
    Stream OpenRead(string path);

    /// <summary>Creates a new file for writing; fails if it exists.</summary>
    Stream CreateNew(string path);

    /// <summary>Renames <paramref name="source"/> over <paramref name="destination"/> (atomic on one volume).</summary>
    void Replace(string source, string destination);

    /// <summary>Deletes a file if it exists.</summary>
    void Delete(string path);

    /// <summary>The permission bits of a file (Unix only).</summary>
    [UnsupportedOSPlatform("windows")]
    UnixFileMode GetUnixFileMode(string path);

    /// <summary>Sets the permission bits of a file (Unix only).</summary>
    [UnsupportedOSPlatform("windows")]
    void SetUnixFileMode(string path, UnixFileMode mode);

    /// <summary>The file a path finally names once symbolic links are followed.</summary>
    string ResolveLinks(string path);
}

/// <summary>The real file system.</summary>
internal sealed class PhysicalFileSystem : IFileSystem
{
    /// <summary>The one instance.</summary>
    public static PhysicalFileSystem Instance { get; } = new();

    public Stream OpenRead(string path) => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    public Stream CreateNew(string path) => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    public void Replace(string source, string destination) => File.Move(source, destination, overwrite: true);

    public void Delete(string path) => File.Delete(path);

    [UnsupportedOSPlatform("windows")]
    public UnixFileMode GetUnixFileMode(string path) => File.GetUnixFileMode(path);

    [UnsupportedOSPlatform("windows")]
    public void SetUnixFileMode(string path, UnixFileMode mode) => File.SetUnixFileMode(path, mode);

    public string ResolveLinks(string path) => File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
}
