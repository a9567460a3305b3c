// A file read from disk before any processing: its path relative to its root, its display path for diagnostics, its bytes.
namespace Handbook.Model;

/// <param name="LastWrite">The file's modification time when read, so a rebuild re-reads only files that changed.</param>
public sealed record InputFile(string RelativePath, string DisplayPath, byte[] Bytes, DateTime LastWrite = default)
{
    /// <summary>True when this is the same file with the same bytes as <paramref name="earlier"/> (a rebuild keeps the bytes of an unchanged file).</summary>
    public bool Unchanged(InputFile? earlier) =>
        earlier is not null && ReferenceEquals(Bytes, earlier.Bytes) && RelativePath == earlier.RelativePath && DisplayPath == earlier.DisplayPath;
}
