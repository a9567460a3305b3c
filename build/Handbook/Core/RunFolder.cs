// One folder beside the output that this run created (or moved aside) and holds a lock in, so no other build takes it for stale.
namespace Handbook.Core;

/// <remarks>The lock is a file opened with FileShare.None and, on Unix, an exclusive flock taken on it here (the build turns off
/// the one .NET would take on every file it opens: see Handbook.csproj); the kernel drops it when the process dies however it
/// dies, so a folder whose lock can be taken belongs to no running build (no PID guess, no PID reuse).</remarks>
public sealed class RunFolder : IDisposable
{
    public const string LockName = ".handbook-lock";

    private static readonly HashSet<string> KeptToTheEnd = new(StringComparer.Ordinal) { OutputMarker.Name, LockName };

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    private FileStream? _lock;

    private RunFolder(string path, FileStream lockFile) => (Path, _lock) = (path, lockFile);

    public string Path { get; private set; }

    /// <summary>A new, empty, marked and locked folder named <c>&lt;output&gt;.&lt;kind&gt;-&lt;pid&gt;-&lt;random&gt;</c>, a name no
    /// user folder or other run has.</summary>
    public static RunFolder Create(string output, string kind)
    {
        while (true)
        {
            var path = FreeName(output, kind);
            Directory.CreateDirectory(path);
            FileStream lockFile;
            try
            {
                // The lock before the marker: a marked folder without a lock file is never one being written.
                lockFile = OpenLock(path, FileMode.CreateNew);
            }
            catch (DirectoryNotFoundException)
            {
                continue; // another build took the empty folder for one a killed run left (TryRemoveUnmarked): take another name
            }

            var folder = new RunFolder(path, lockFile);
            File.WriteAllText(System.IO.Path.Combine(path, OutputMarker.Name), OutputMarker.Text);
            return folder;
        }
    }

    /// <summary>Removes a folder <see cref="Create"/> made for a run killed before it marked it: named as Create names them, and
    /// empty or holding only a lock file no running build holds. Anything else, marked or not, is left; true when it was removed.</summary>
    public static bool TryRemoveUnmarked(string output, string path)
    {
        if (!IsCreatedName(output, System.IO.Path.GetFileName(path)) || OutputMarker.IsIn(path)) return false;
        try
        {
            if (!Directory.EnumerateFileSystemEntries(path).Any())
            {
                Directory.Delete(path);
                return true;
            }

            if (!OnlyTheLockIn(path) || TryClaim(path) is not { } claimed) return false;
            using (claimed)
            {
                // Claimed, so no run writes here any more; looked at again in case one wrote before the claim.
                if (!OnlyTheLockIn(path)) return false;
                File.Delete(System.IO.Path.Combine(path, LockName));
            }

            Directory.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // left for a later build
        }
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

    private static bool OnlyTheLockIn(string path) =>
        Directory.EnumerateFileSystemEntries(path).Select(System.IO.Path.GetFileName).SequenceEqual([LockName]);

    /// <summary>Whether <paramref name="name"/> is one <see cref="FreeName"/> gives a staging folder: output.building-pid-8 hex digits.</summary>
    private static bool IsCreatedName(string output, string name)
    {
        var prefix = System.IO.Path.GetFileName(output) + ".building-";
        if (!name.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var rest = name.AsSpan(prefix.Length);
        var dash = rest.IndexOf('-');
        return dash > 0 && !rest[..dash].ContainsAnyExceptInRange('0', '9')
            && rest[(dash + 1)..] is { Length: 8 } hex && !hex.ContainsAnyExcept(LowerHex);
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

    private static FileStream OpenLock(string folder, FileMode mode)
    {
        var file = new FileStream(System.IO.Path.Combine(folder, LockName), mode, FileAccess.ReadWrite, FileShare.None);
        try
        {
            FileLock.HoldExclusively(file.SafeFileHandle);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
