// Carries a file over from the previous output by a hard link when its bytes did not change, so it keeps its inode and date.
using System.Runtime.InteropServices;
using Handbook.Input;

namespace Handbook.Output;

internal static class UnchangedFiles
{
    // libSystem.Native ships with every .NET runtime on Unix and is linked into Native AOT builds (see NativeStat).
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string source, [MarshalAs(UnmanagedType.LPUTF8Str)] string linkTarget);

    /// <summary>Links <paramref name="previous"/> to <paramref name="staged"/> when it is a plain file holding exactly
    /// <paramref name="bytes"/>; false, with nothing done, when the file must be written. Linking skips creating, filling and
    /// later deleting a file, which is most of a rebuild's time in the kernel, and leaves an unchanged page untouched.</summary>
    public static bool TryLink(string previous, string staged, byte[] bytes)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            // Only a regular file, never a link or a FIFO someone put there, and only when its size already matches.
            if (NativeStat.Of(previous) is not { Kind: FileKind.Regular } status || status.Size != bytes.Length) return false;
            if (!File.ReadAllBytes(previous).AsSpan().SequenceEqual(bytes)) return false;
            return Link(previous, staged) == 0;
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
