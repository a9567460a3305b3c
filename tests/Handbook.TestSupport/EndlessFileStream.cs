// A file opened for reading that never ends, as a file being appended to faster than it is read would: reads must stay bounded.
namespace Handbook.Tests.Support;

public sealed class EndlessFileStream(string path) : FileStream(path, FileMode.Open, FileAccess.Read)
{
    public long Served { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        buffer.Fill((byte)'#');
        Served += buffer.Length;
        return buffer.Length;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
}
