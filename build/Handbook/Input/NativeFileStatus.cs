// The FileStatus that .NET 10's native shim (libSystem.Native) fills in: one layout on every Unix and architecture.
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
    public long RDev; // new in .NET 10: Ino came right after Dev before (checked against stat(1) on this runtime)
    public long Ino;
    public uint UserFlags;

    // Room for fields a later runtime may add: the shim writes its whole struct, which must never run past ours. Mode and Size
    // have kept their offsets in every version; were Dev or Ino to move, lstat and fstat would still be read the same way.
    public long Reserved0, Reserved1, Reserved2, Reserved3, Reserved4, Reserved5, Reserved6, Reserved7;
}
