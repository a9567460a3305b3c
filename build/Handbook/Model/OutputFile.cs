// One file of the built site: in memory, or already on disk where publishing will find it. SourceFile names the content file it came from.
namespace Handbook.Model;

public sealed record OutputFile
{
    private byte[]? _bytes;
    private string? _storedAt;

    public OutputFile(string path, byte[] bytes, string? sourceFile = null)
    {
        Path = path;
        SourceFile = sourceFile;
        _bytes = bytes;
        Length = bytes.Length;
    }

    private OutputFile(string path, long length, string storedAt, string? sourceFile)
    {
        Path = path;
        SourceFile = sourceFile;
        Length = length;
        _storedAt = storedAt;
    }

    /// <summary>A file whose <paramref name="length"/> bytes are already at <paramref name="storedAt"/> on disk, never in memory.</summary>
    public static OutputFile Stored(string path, long length, string storedAt, string? sourceFile) => new(path, length, storedAt, sourceFile);

    /// <summary>Where the file goes in the site, with '/' separators.</summary>
    public string Path { get; init; }

    public string? SourceFile { get; init; }

    /// <summary>The file's bytes: held in memory, or read back from where it was stored (the link check reads each page once).</summary>
    public byte[] Bytes => _bytes ?? File.ReadAllBytes(_storedAt!);

    public long Length { get; private init; }

    /// <summary>Where the file's bytes are on disk once it is stored; null while they are in memory.</summary>
    public string? StoredPath => _storedAt;

    /// <summary>True once the file is on disk (Stored) and its bytes no longer in memory.</summary>
    public bool IsStored => _storedAt is not null;

    /// <summary>For a page (or a file the page stage writes beside pages): everything it read from the model while it was built
    /// and rendered, so a rebuild makes it again only when one of them changed. Null for any other file, made on every build.</summary>
    public IReadOnlyList<RecordedRead>? Reads { get; init; }

    public static OutputFile Text(string path, string text, string? sourceFile = null) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text), sourceFile);

    /// <summary>The same file, its bytes now at <paramref name="file"/> on disk rather than in memory: a large site is never held whole.</summary>
    public OutputFile StoredAt(string file)
    {
        var stored = this with { };
        stored._bytes = null;
        stored._storedAt = file;
        return stored;
    }

    /// <summary>True when <paramref name="other"/> has the same bytes, so rewriting it would change nothing.</summary>
    public bool SameBytes(OutputFile? other) =>
        other is not null && Length == other.Length && (ReferenceEquals(_bytes, other._bytes) || Bytes.AsSpan().SequenceEqual(other.Bytes));
}
