// Tells whether the previous output already holds a file's exact bytes, so a rebuild leaves that file untouched.
using Handbook.Input;

namespace Handbook.Output;

internal static class UnchangedFiles
{
    /// <summary>True when <paramref name="previous"/> is a plain file holding exactly <paramref name="bytes"/>: publishing then
    /// leaves it as it is (same inode, same date), which skips creating, filling and later deleting a file, most of a rebuild's
    /// time in the kernel.</summary>
    public static bool Same(string previous, byte[] bytes)
    {
        try
        {
            // Only a regular file, never a link or a FIFO someone put there, and only when its size already matches.
            if (NativeStat.Of(previous) is not { Kind: FileKind.Regular } status || status.Size != bytes.Length) return false;
            return File.ReadAllBytes(previous).AsSpan().SequenceEqual(bytes);
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
