// One lstat of an input entry: its kind, and for a regular file its size, time and identity (to see it was not swapped).
namespace Handbook.Input;

public readonly record struct EntryStatus(FileKind Kind, long Size = 0, DateTime LastWrite = default, long Device = 0, long Inode = 0)
{
    public static EntryStatus Missing { get; } = new(FileKind.Missing);

    /// <summary>How a diagnostic names a kind that is not a regular file.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "not a file or folder",
    };
}
