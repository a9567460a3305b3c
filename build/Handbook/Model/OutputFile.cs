// One file of the built site, in memory until the output stage writes it. SourceFile names the content file it came from.
namespace Handbook.Model;

public sealed record OutputFile(string Path, byte[] Bytes, string? SourceFile = null)
{
    /// <summary>For a page (or a file the page stage writes beside pages): everything it read from the model while it was built
    /// and rendered, so a rebuild makes it again only when one of them changed. Null for any other file, made on every build.</summary>
    public IReadOnlyList<RecordedRead>? Reads { get; init; }

    public static OutputFile Text(string path, string text, string? sourceFile = null) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text), sourceFile);

    /// <summary>True when <paramref name="other"/> has the same bytes, so rewriting it would change nothing.</summary>
    public bool SameBytes(OutputFile? other) =>
        other is not null && (ReferenceEquals(Bytes, other.Bytes) || Bytes.AsSpan().SequenceEqual(other.Bytes));
}
