// Reads a whole file into a buffer borrowed from the shared pool, lends it out, and gives it back.
using System.Buffers;

namespace Handbook.Core;

public static class PooledFile
{
    /// <summary>Calls <paramref name="use"/> with the file's bytes, which are valid only during the call: the link check reads
    /// every page of a site once, and a new array per page was the largest thing it allocated.</summary>
    public static T Read<T>(string path, Func<ReadOnlyMemory<byte>, T> use)
    {
        using var file = File.OpenHandle(path);
        var length = checked((int)RandomAccess.GetLength(file));
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = 0;
            while (read < length && RandomAccess.Read(file, buffer.AsSpan(read, length - read), read) is > 0 and var n) read += n;
            return use(buffer.AsMemory(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
