// A file read from disk before any processing: its path relative to its root, its display path for diagnostics, its bytes.
namespace Handbook.Model;

public sealed record InputFile(string RelativePath, string DisplayPath, byte[] Bytes);
