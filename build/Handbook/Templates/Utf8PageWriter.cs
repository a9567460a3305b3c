// The text writer a page renders into: UTF-8 straight into pooled blocks, then one array of the page's exact size.
using System.Buffers;
using System.Text;

namespace Handbook.Templates;

/// <remarks>A StreamWriter over a MemoryStream allocated, per page, its own char and byte buffers and every doubling of the stream,
/// then copied it all once more: three to four times a page's size, for every one of thousands of pages, and for the print page
/// of a large area (tens of megabytes) a doubled buffer on top. Blocks come from the shared pool and go back when the page is done.</remarks>
internal sealed class Utf8PageWriter : TextWriter
{
    private const int BlockSize = 64 * 1024;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private readonly List<(byte[] Block, int Used)> _full = [];
    private byte[] _block = ArrayPool<byte>.Shared.Rent(BlockSize);
    private int _used;
    private bool _encoderHolds; // the encoder keeps the first half of a surrogate pair, written last

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> chars) => Encode(chars, flush: false);

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        // Most writes are short runs that fit the block and end on a whole character: encoded in one stateless call, which is far
        // cheaper than the encoder's. Only a run that may end in half a surrogate pair, or does not fit, goes through the encoder.
        if (!_encoderHolds && chars.Length <= (_block.Length - _used) / 3 && (chars.IsEmpty || !char.IsHighSurrogate(chars[^1])))
        {
            _used += Utf8.GetBytes(chars, _block.AsSpan(_used));
            return;
        }

        while (true)
        {
            // Room for the longest UTF-8 sequence, so the encoder always makes progress.
            if (_block.Length - _used < 4) NextBlock();
            _encoder.Convert(chars, _block.AsSpan(_used), flush, out var charsUsed, out var bytesUsed, out var completed);
            _used += bytesUsed;
            var last = chars.IsEmpty ? default : chars[^1];
            chars = chars[charsUsed..];
            if (completed && chars.IsEmpty)
            {
                _encoderHolds = !flush && char.IsHighSurrogate(last);
                return;
            }

            NextBlock();
        }
    }

    private void NextBlock()
    {
        _full.Add((_block, _used));
        _block = ArrayPool<byte>.Shared.Rent(BlockSize);
        _used = 0;
    }

    /// <summary>Appends what <paramref name="other"/> holds, as bytes: a page's body goes into its layout without being a string.</summary>
    public void Append(Utf8PageWriter other)
    {
        foreach (var segment in other.Segments()) Append(segment.Span);
    }

    /// <summary>Appends UTF-8 bytes as they are.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        Encode([], flush: true);
        AppendBytes(bytes);
    }

    private void AppendBytes(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_used == _block.Length) NextBlock();
            var n = Math.Min(bytes.Length, _block.Length - _used);
            bytes[..n].CopyTo(_block.AsSpan(_used));
            _used += n;
            bytes = bytes[n..];
        }
    }

    /// <summary>The bytes written so far, as the writer's own blocks in order: valid until the writer is disposed.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Segments()
    {
        Encode([], flush: true);
        return [.. _full.Select(b => (ReadOnlyMemory<byte>)b.Block.AsMemory(0, b.Used)), _block.AsMemory(0, _used)];
    }

    /// <summary>The text written so far, for a template that uses a body as a string rather than writing it out.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var decoder = Utf8.GetDecoder();
        var chars = new char[BlockSize];
        foreach (var segment in Segments())
        {
            for (var rest = segment.Span; !rest.IsEmpty;)
            {
                decoder.Convert(rest, chars, flush: false, out var bytesUsed, out var charsUsed, out _);
                text.Append(chars, 0, charsUsed);
                rest = rest[bytesUsed..];
            }
        }

        return text.ToString();
    }

    /// <summary>The page's bytes; the writer's blocks go back to the pool.</summary>
    public byte[] ToArray()
    {
        var segments = Segments();
        var bytes = new byte[segments.Sum(s => s.Length)];
        var at = 0;
        foreach (var segment in segments)
        {
            segment.Span.CopyTo(bytes.AsSpan(at));
            at += segment.Length;
        }

        Dispose();
        return bytes;
    }

    protected override void Dispose(bool disposing)
    {
        foreach (var (block, _) in _full) ArrayPool<byte>.Shared.Return(block);
        _full.Clear();
        if (_block.Length > 0) ArrayPool<byte>.Shared.Return(_block);
        _block = [];
        base.Dispose(disposing);
    }
}
