// One folder beside the output that this run created (or moved aside) and holds a lock in, so no other build takes it for stale.
namespace Handbook.Core;

/// <remarks>The lock is a file opened with FileShare.None: on Unix .NET takes an flock on it, which the kernel drops when the
/// process dies however it dies, so a folder whose lock can be taken belongs to no running build (no PID guess, no PID reuse).</remarks>
public sealed class RunFolder : IDisposable
{
    public const string LockName = ".handbook-lock";

    private static readonly HashSet<string> KeptToTheEnd = new(StringComparer.Ordinal) { OutputMarker.Name, LockName };

    private FileStream? _lock;

    private RunFolder(string path, FileStream lockFile) => (Path, _lock) = (path, lockFile);

    public string Path { get; private set; }

    /// <summary>A new, empty, marked and locked folder named <c>&lt;output&gt;.&lt;kind&gt;-&lt;pid&gt;-&lt;random&gt;</c>, a name no
    /// user folder or other run has.</summary>
    public static RunFolder Create(string output, string kind)
    {
        var path = FreeName(output, kind);
        Directory.CreateDirectory(path);
        // The lock before the marker: a marked folder without a lock file is never one being written.
        var folder = new RunFolder(path, OpenLock(path, FileMode.CreateNew));
        File.WriteAllText(System.IO.Path.Combine(path, OutputMarker.Name), OutputMarker.Text);
        return folder;
    }

    /// <summary>Locks a marked folder this run is about to move aside (the previous output).</summary>
    public static RunFolder Lock(string path) => new(path, OpenLock(path, FileMode.OpenOrCreate));

    /// <summary>The folder's lock when no running build holds it; null when one does, or when the folder has no lock file at all.</summary>
    public static RunFolder? TryClaim(string path)
    {
        if (!File.Exists(System.IO.Path.Combine(path, LockName))) return null;
        try
        {
            return new RunFolder(path, OpenLock(path, FileMode.Open));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>An unused sibling name for a folder of this run, e.g. _site.old-4242-9f3a61c0.</summary>
    public static string FreeName(string output, string kind)
    {
        while (true)
        {
            var path = $"{output}.{kind}-{Environment.ProcessId}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))}";
            if (!System.IO.Path.Exists(path)) return path;
        }
    }

    /// <summary>Renames the folder; its lock file moves with it and stays held.</summary>
    public void MoveTo(string path)
    {
        Directory.Move(Path, path);
        Path = path;
    }

    /// <summary>Deletes the folder if it still carries the marker: everything else first, the marker next, the lock last, so a
    /// deletion cut short leaves a folder that is still marked and so still recognisable as ours.</summary>
    public void Delete()
    {
        if (!Directory.Exists(Path) || !OutputMarker.IsIn(Path))
        {
            Dispose();
            return;
        }

        FolderEraser.DeleteContents(Path, KeptToTheEnd);
        File.Delete(System.IO.Path.Combine(Path, OutputMarker.Name));
        Release();
        Directory.Delete(Path, recursive: true);
    }

    /// <summary>Releases the lock and removes its file: the folder is the output now (published, or put back), no longer this run's.</summary>
    public void Release()
    {
        Dispose();
        if (Directory.Exists(Path)) File.Delete(System.IO.Path.Combine(Path, LockName));
    }

    /// <summary>Releases the lock but keeps its file, so a folder this run could not delete stays recognisable as stale.</summary>
    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }

    private static FileStream OpenLock(string folder, FileMode mode) =>
        new(System.IO.Path.Combine(folder, LockName), mode, FileAccess.ReadWrite, FileShare.None);
}
