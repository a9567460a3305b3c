// lstat and fstat without opening: the only way to tell a FIFO or a device from a file before reading it blocks or never ends.
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Handbook.Input;

internal static class NativeStat
{
    // .NET has no public API for the file type bits. libSystem.Native ships with every .NET runtime on Unix (and is linked
    // into Native AOT builds), and its FileStatus has one layout everywhere, unlike libc's struct stat, which differs per OS
    // and architecture. Windows has no FIFOs in a folder to trip over, so there the managed attributes are enough.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeFileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat", SetLastError = true)]
    private static extern int FStat(SafeFileHandle handle, out NativeFileStatus status);

    private const int ENOENT = 2, ENOTDIR = 20; // the same numbers on Linux and macOS

    /// <summary>The entry itself, a symbolic link not followed; Missing when nothing is there. Other failures throw IOException.</summary>
    public static EntryStatus Of(string path)
    {
        if (OperatingSystem.IsWindows()) return Managed(path);
        if (LStat(path, out var status) == 0) return From(status);
        var errno = Marshal.GetLastPInvokeError();
        if (errno is ENOENT or ENOTDIR) return EntryStatus.Missing;
        throw new IOException(Marshal.GetPInvokeErrorMessage(errno), errno);
    }

    /// <summary>What an open handle really is (null where that cannot be asked): the file opened may not be the one looked at.</summary>
    public static EntryStatus? Of(SafeFileHandle handle)
    {
        if (OperatingSystem.IsWindows()) return null;
        if (FStat(handle, out var status) == 0) return From(status);
        var errno = Marshal.GetLastPInvokeError();
        throw new IOException(Marshal.GetPInvokeErrorMessage(errno), errno);
    }

    private static EntryStatus From(NativeFileStatus status)
    {
        var kind = (status.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.Symlink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        var lastWrite = DateTime.UnixEpoch.AddTicks(status.MTime * TimeSpan.TicksPerSecond + status.MTimeNsec / 100);
        return new EntryStatus(kind, status.Size, lastWrite, status.Dev, status.Ino);
    }

    private static EntryStatus Managed(string path)
    {
        try
        {
            var attributes = File.GetAttributes(path); // does not follow a link on Windows
            if (attributes.HasFlag(FileAttributes.ReparsePoint) && new FileInfo(path).LinkTarget is not null) return new EntryStatus(FileKind.Symlink);
            if (attributes.HasFlag(FileAttributes.Directory)) return new EntryStatus(FileKind.Directory);
            var info = new FileInfo(path);
            return new EntryStatus(FileKind.Regular, info.Length, info.LastWriteTimeUtc);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return EntryStatus.Missing;
        }
    }
}
