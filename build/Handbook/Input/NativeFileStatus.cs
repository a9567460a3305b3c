// The FileStatus that .NET's native shim (libSystem.Native) fills in; the same layout on every Unix and architecture.
using System.Runtime.InteropServices;

namespace Handbook.Input;

[StructLayout(LayoutKind.Sequential)]
internal struct NativeFileStatus
{
    public int Flags;
    public int Mode;
    public uint Uid;
    public uint Gid;
    public long Size;
    public long ATime;
    public long ATimeNsec;
    public long MTime;
    public long MTimeNsec;
    public long CTime;
    public long CTimeNsec;
    public long BirthTime;
    public long BirthTimeNsec;
    public long Dev;
    public long Ino;
    public uint UserFlags;

    // Room for fields a later runtime may append: the shim writes its whole struct, which must never run past ours.
    public long Reserved0, Reserved1, Reserved2, Reserved3, Reserved4, Reserved5, Reserved6, Reserved7;
}
