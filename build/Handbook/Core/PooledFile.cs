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
        if (length >= HugeFile) return ReadHuge(file, length, use);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            return use(buffer.AsMemory(0, ReadInto(file, buffer.AsSpan(0, length))));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Files this large are a large area's print page, tens of megabytes in one piece.</summary>
    private const int HugeFile = 16 << 20;

    /// <remarks>The memory the page took to render is free by now but still held by the collector, in small blocks that cannot
    /// hold this one; a full collection gives it back first, so reading the page adds far less than its size to the process's
    /// peak (one area of 5,000 questions, 66 MB print page: 451-461 -> 401-419 MB, against 325-334 MB for 50 areas of 100).
    /// The buffer is not pooled either: the pool would keep it for the rest of the run.</remarks>
    private static T ReadHuge<T>(Microsoft.Win32.SafeHandles.SafeFileHandle file, int length, Func<ReadOnlyMemory<byte>, T> use)
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var buffer = GC.AllocateUninitializedArray<byte>(length);
        return use(buffer.AsMemory(0, ReadInto(file, buffer)));
    }

    /// <summary>Fills <paramref name="buffer"/> from the file's start, or as much as the file holds; the number of bytes read.</summary>
    private static int ReadInto(Microsoft.Win32.SafeHandles.SafeFileHandle file, Span<byte> buffer)
    {
        var read = 0;
        while (read < buffer.Length && RandomAccess.Read(file, buffer[read..], read) is > 0 and var n) read += n;
        return read;
    }
}
