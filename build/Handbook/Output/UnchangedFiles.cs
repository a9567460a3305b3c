// Tells whether the previous output already holds a file's exact bytes, so a rebuild leaves that file untouched.
using Handbook.Input;

namespace Handbook.Output;

internal static class UnchangedFiles
{
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
            // Compared a block at a time: the print page of a large area is tens of megabytes, and needs no second copy in memory.
            using var file = new FileStream(previous, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            Span<byte> block = stackalloc byte[16 * 1024];
            foreach (var segment in content)
            {
                for (var rest = segment.Span; !rest.IsEmpty;)
                {
                    var read = file.Read(block[..Math.Min(block.Length, rest.Length)]);
                    if (read == 0 || !block[..read].SequenceEqual(rest[..read])) return false;
                    rest = rest[read..];
                }
            }

            return file.Read(block[..1]) == 0;
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
