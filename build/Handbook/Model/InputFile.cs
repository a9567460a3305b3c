// A file read from disk before any processing: its path relative to its root, its display path for diagnostics, its bytes.
namespace Handbook.Model;

/// <param name="LastWrite">The file's modification time when read, so a rebuild re-reads only files that changed.</param>
public sealed record InputFile(string RelativePath, string DisplayPath, byte[] Bytes, DateTime LastWrite = default)
{
    // Hashed once, when first asked; a copy made with another path or other bytes hashes again. Boxed, so threads that ask at
    // once each see a whole value.
    private object? _fingerprint;

    public string RelativePath { get; init { field = value; _fingerprint = null; } } = RelativePath;

    public byte[] Bytes { get; init { field = value; _fingerprint = null; } } = Bytes;

    /// <summary>The content hash of the file: its path and its bytes.</summary>
    public Fingerprint Fingerprint => (Fingerprint)(_fingerprint ??= Fingerprint.Of(this));

    /// <summary>True when this is the same file with the same content as <paramref name="earlier"/>: what lets a rebuild reuse the
    /// work done for it, by content, whichever object the reader handed on.</summary>
    public bool Unchanged(InputFile? earlier) =>
        earlier is not null && Fingerprint == earlier.Fingerprint && DisplayPath == earlier.DisplayPath;
}
