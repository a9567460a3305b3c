// Collects values into one buffer and hashes it once: a fingerprint of many small strings costs one SHA-256 call, not one per value.
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Handbook.Model;

public sealed class FingerprintBuilder
{
    private byte[] _buffer = new byte[256];
    private int _length;

    /// <summary>Empties the builder to hash something else, keeping its buffer.</summary>
    public FingerprintBuilder Clear()
    {
        _length = 0;
        return this;
    }

    /// <summary>Strings are written with their length first, so ("ab", "c") and ("a", "bc") hash apart; null apart from "".</summary>
    public FingerprintBuilder Add(string? text)
    {
        if (text is null) return Add(-1);
        Add(text.Length);
        Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return this;
    }

    public FingerprintBuilder Add(int number)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, number);
        Append(bytes);
        return this;
    }

    public FingerprintBuilder AddBytes(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        Append(bytes);
        return this;
    }

    public FingerprintBuilder Add(bool flag) => Add(flag ? 1 : 0);

    public FingerprintBuilder Add(Fingerprint other)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, other.High);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], other.Low);
        Append(bytes);
        return this;
    }

    /// <summary>A list: its count, then each item as <paramref name="add"/> writes it.</summary>
    public FingerprintBuilder AddAll<T>(IReadOnlyList<T> items, Action<FingerprintBuilder, T> add)
    {
        Add(items.Count);
        foreach (var item in items) add(this, item);
        return this;
    }

    public FingerprintBuilder AddAll(IReadOnlyList<string> items) => AddAll(items, static (f, s) => f.Add(s));

    /// <summary>The hash of everything added; starts with a marker, so it is never <see cref="Fingerprint.Absent"/>.</summary>
    public Fingerprint Hash()
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(_buffer.AsSpan(0, _length), hash);
        var high = BinaryPrimitives.ReadUInt64LittleEndian(hash) | 1UL;
        return new Fingerprint(high, BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]));
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes.Length));
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }
}
