// An exclusive advisory lock on an open file (Unix flock), taken explicitly: the build does not let .NET lock every file it opens.
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Handbook.Core;

internal static class FileLock
{
    // libSystem.Native's operation numbers, which it maps to the system's own (the same that .NET passes for FileShare.None).
    private const int Exclusive = 2, NonBlocking = 4;

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FLock", SetLastError = true)]
    private static extern int FLock(SafeFileHandle file, int operation);

    /// <summary>Takes the lock, or throws IOException when another open file (another build) holds it. On Windows, where
    /// FileShare.None is the system's own lock, there is nothing more to take.</summary>
    public static void HoldExclusively(SafeFileHandle file)
    {
        if (OperatingSystem.IsWindows()) return;
        while (FLock(file, Exclusive | NonBlocking) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno == EINTR) continue;
            throw new IOException($"The file is locked by another process ({Marshal.GetPInvokeErrorMessage(errno)}).", errno);
        }
    }

    private const int EINTR = 4; // the same number on Linux and macOS
}
