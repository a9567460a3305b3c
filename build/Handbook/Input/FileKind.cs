// What an entry of an input folder is, seen without following it: only regular files (and folders) are ever read.
namespace Handbook.Input;

public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Symlink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}
