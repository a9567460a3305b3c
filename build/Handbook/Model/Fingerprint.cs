// A content hash of some values (128 bits of SHA-256): equal fingerprints mean equal values, so a rebuild can reuse work for them.
namespace Handbook.Model;

/// <remarks>Compared by value, never by which object holds it, so reuse does not hang on a loader handing records on unchanged.</remarks>
public readonly record struct Fingerprint(ulong High, ulong Low)
{
    /// <summary>What a read of something that is not there hashes to; no hash of values is ever this.</summary>
    public static Fingerprint Absent => default;

    /// <summary>A file's content hash: its path inside its folder and its bytes (read it as InputFile.Fingerprint, computed once).</summary>
    public static Fingerprint Of(InputFile file) => new FingerprintBuilder().Add(file.RelativePath).AddBytes(file.Bytes).Hash();

    public override string ToString() => $"{High:x16}{Low:x16}";
}
