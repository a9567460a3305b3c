// Tells whether the previous output already holds a file's exact bytes, so a rebuild leaves that file untouched.
using System.Buffers;
using Handbook.Input;

namespace Handbook.Output;

internal static class UnchangedFiles
{
    private const int Block = 1 << 20;

    /// <summary>True when <paramref name="previous"/> is a plain file holding exactly <paramref name="bytes"/>: publishing then
    /// leaves it as it is (same inode, same date), which skips creating, filling and later deleting a file, most of a rebuild's
    /// time in the kernel.</summary>
    public static bool Same(string previous, byte[] bytes) => Same(previous, [bytes], bytes.Length);

    /// <summary>As <see cref="Same(string, byte[])"/>, for bytes held as segments in order (a page's rendered blocks).</summary>
    public static bool Same(string previous, IReadOnlyList<ReadOnlyMemory<byte>> content, long length)
    {
        try
        {
            // Only a regular file, never a link or a FIFO someone put there, and only when its size already matches.
            if (NativeStat.Of(previous) is not { Kind: FileKind.Regular } status || status.Size != length) return false;
            using var file = File.OpenHandle(previous);
            // A page in one read, of its size and a byte more (which only a file that grew since the look above fills, and a
            // short read says the end is reached); larger files (a large area's print page is tens of megabytes) a block at a time.
            var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(length + 1, Block));
            try
            {
                long at = 0;
                var (segment, offset) = (0, 0);
                while (true)
                {
                    var read = RandomAccess.Read(file, buffer, at);
                    if (at + read > length) return false;
                    for (var chunk = buffer.AsSpan(0, read); !chunk.IsEmpty;)
                    {
                        var rest = content[segment].Span[offset..];
                        if (rest.IsEmpty)
                        {
                            (segment, offset) = (segment + 1, 0);
                            continue;
                        }

                        var n = Math.Min(rest.Length, chunk.Length);
                        if (!chunk[..n].SequenceEqual(rest[..n])) return false;
                        chunk = chunk[n..];
                        offset += n;
                    }

                    at += read;
                    if (read < buffer.Length) return at == length;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
