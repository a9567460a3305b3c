// The one safe way to read an input folder: lstat first, regular files only, links that stay inside, bounded reads.
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Input;

/// <summary>Nothing here throws for what is on disk: every entry that cannot be read safely is one located error, and the
/// build goes on to report the rest. A FIFO, a device or a socket is never opened; a link's target outside the folder is
/// never opened either, so neither can block, never end or leak a file from elsewhere into the site or the error.</summary>
public sealed class InputFolderReader
{
    /// <summary>The largest content file read (templates and assets have no limit).</summary>
    public const long ContentLimit = 1_048_576;

    private readonly BuildContext _context;
    private readonly string _root;
    private readonly string _realRoot;
    private readonly string _shownRoot;
    private readonly long? _limit;
    private readonly Func<string, FileStream> _open;

    /// <param name="root">The input folder's full path.</param>
    /// <param name="open">Opens a real path for reading; tests pass one that fails, since root can read any file.</param>
    public InputFolderReader(BuildContext context, string root, long? limit, Func<string, FileStream>? open = null)
    {
        _context = context;
        _root = root;
        _realRoot = RealPath(root);
        _shownRoot = context.DisplayPath(root) + "/";
        _limit = limit;
        _open = open ?? (path => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1));
    }

    /// <summary>Serve: a file gone between the watcher's report and the read was deleted or renamed away by an editor's save,
    /// a change and not an error; the watcher reports what replaced it next. A full build reports it.</summary>
    public bool Watching { get; init; }

    /// <summary>Relative paths of files that are there but were refused (each reported), so nothing else reports them missing.</summary>
    public HashSet<string> Refused { get; } = new(StringComparer.Ordinal);

    /// <summary>Every readable regular file under the folder, following links only where they stay inside it.</summary>
    public List<InputEntry> Walk() => Walk(new Folder(_root, _realRoot, "", null));

    /// <summary>The entry at a path the watcher reported, or the files under it when it is a folder; nothing when it is gone.</summary>
    public List<InputEntry> Entry(string relative)
    {
        var full = Path.Combine(_root, relative);
        try
        {
            var parent = LinkResolver.Resolve(Path.GetDirectoryName(full)!).Path;
            // Under a folder link that leaves the input folder: that link is reported when it is read, never followed.
            if (parent is null || !LinkResolver.IsInside(parent, _realRoot)) return [];
            var found = new List<InputEntry>();
            var folders = new Stack<Folder>();
            Inspect(Chain(parent), full, Path.Join(parent, Path.GetFileName(full)), relative, folders, found);
            while (folders.TryPop(out var folder)) found.AddRange(Walk(folder));
            return found;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(relative, full, Codes.ReadFailed, $"The file could not be read: {Reason(e)}.");
            return [];
        }
    }

    /// <summary>Reads one entry, at most the limit plus one byte; null when it was refused (and reported). Safe on every core at once.</summary>
    public InputFile? Read(InputEntry entry, InputFile? old)
    {
        if (_limit is { } limit && entry.Status.Size > limit) return TooLarge(entry, entry.Status.Size);
        byte[]? bytes;
        long size;
        try
        {
            using var stream = _open(entry.Real);
            // The file opened must be the regular file looked at, not another file or link swapped in since. (A FIFO swapped in
            // would block the open itself: FileStream cannot open with O_NONBLOCK, and the window is two system calls wide.)
            if (NativeStat.Of(stream.SafeFileHandle) is { } opened
                && (opened.Kind != FileKind.Regular || opened.Device != entry.Status.Device || opened.Inode != entry.Status.Inode))
                throw new IOException("it was replaced while being read");
            (bytes, size) = ReadBounded(stream, entry.Status.Size);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && Watching)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(entry.Relative, entry.Full, Codes.ReadFailed, $"The file could not be read: {Reason(e)}.");
        }

        if (bytes is null) return TooLarge(entry, size);
        return old is not null && old.Bytes.AsSpan().SequenceEqual(bytes)
            ? old with { LastWrite = entry.Status.LastWrite }
            : new InputFile(entry.Relative, _context.DisplayPath(entry.Full), bytes, entry.Status.LastWrite);
    }

    /// <summary>A folder being walked: the real paths of it and the folders above it, so a link back to one is a loop.</summary>
    private sealed record Folder(string Full, string Real, string Relative, Folder? Parent)
    {
        public bool Holds(string real)
        {
            for (var folder = this; folder is not null; folder = folder.Parent)
                if (folder.Real == real) return true;
            return false;
        }
    }

    // The real folders from the root down to a folder inside it, for a walk that starts below the root.
    private Folder Chain(string real)
    {
        var folder = new Folder(_root, _realRoot, "", null);
        var rest = Path.GetRelativePath(_realRoot, real);
        if (rest == ".") return folder;
        foreach (var part in rest.Split(Path.DirectorySeparatorChar))
            folder = new Folder(Path.Join(folder.Full, part), Path.Join(folder.Real, part), folder.Relative.Length == 0 ? part : $"{folder.Relative}/{part}", folder);
        return folder;
    }

    // Iterative: a deep tree or a loop of links must not grow the call stack.
    private List<InputEntry> Walk(Folder start)
    {
        var found = new List<InputEntry>();
        var folders = new Stack<Folder>();
        folders.Push(start);
        while (folders.TryPop(out var folder))
        {
            List<string> names;
            try
            {
                names = [.. Directory.EnumerateFileSystemEntries(folder.Full).Select(p => Path.GetFileName(p))];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Fail(folder.Relative, folder.Full, Codes.ReadFailed, $"The folder could not be read: {Reason(e)}.");
                continue;
            }

            foreach (var name in names)
            {
                var relative = folder.Relative.Length == 0 ? name : $"{folder.Relative}/{name}";
                var full = Path.Join(folder.Full, name);
                try
                {
                    Inspect(folder, full, Path.Join(folder.Real, name), relative, folders, found);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    Fail(relative, full, Codes.ReadFailed, $"The file could not be read: {Reason(e)}.");
                }
            }
        }

        return found;
    }

    /// <summary>Looks at one entry without following it: a file is kept, a folder queued, a link resolved inside the root.</summary>
    private void Inspect(Folder parent, string full, string real, string relative, Stack<Folder> folders, List<InputEntry> found)
    {
        var status = NativeStat.Of(full);
        if (status.Kind == FileKind.Symlink)
        {
            var (target, loops) = LinkResolver.Resolve(full);
            if (target is null)
            {
                Fail(relative, full, Codes.BadSymlink, loops
                    ? "This symbolic link loops: following it never reaches a file."
                    : "This symbolic link points at nothing: its target does not exist.");
                return;
            }

            if (!LinkResolver.IsInside(target, _realRoot))
            {
                Fail(relative, full, Codes.BadSymlink, $"This symbolic link points outside {_shownRoot}; links must stay inside their folder.");
                return;
            }

            real = target;
            status = NativeStat.Of(target);
            if (status.Kind == FileKind.Directory && parent.Holds(target))
            {
                Fail(relative, full, Codes.BadSymlink, "This symbolic link leads back to a folder that holds it, so the folder would repeat forever.");
                return;
            }
        }

        switch (status.Kind)
        {
            case FileKind.Regular:
                found.Add(new InputEntry(relative, full, real, status));
                break;
            case FileKind.Directory:
                folders.Push(new Folder(full, real, relative, parent));
                break;
            case FileKind.Missing:
                if (!Watching) Fail(relative, full, Codes.ReadFailed, "The file could not be read: it was deleted while being read.");
                break;
            default:
                Fail(relative, full, Codes.NotAFile,
                    $"This is {EntryStatus.Describe(status.Kind)}, not a regular file; content, templates and assets must be regular files.");
                break;
        }
    }

    /// <summary>The whole file, or null with the size seen when it is over the limit. It reads at most one byte past the limit,
    /// even from a file that grows while it is read, so nothing on disk can make a read unbounded.</summary>
    private (byte[]? Bytes, long Size) ReadBounded(Stream stream, long expected)
    {
        var limit = _limit ?? long.MaxValue;
        var cap = limit == long.MaxValue ? limit : limit + 1;
        var bytes = new byte[Math.Min(expected, cap)];
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        var probe = new byte[1];
        if (read < bytes.Length) bytes = bytes[..read]; // shrank since the lstat
        else if (read < cap && stream.Read(probe) > 0) bytes = ReadOn(stream, bytes, probe, cap); // grew since the lstat
        return bytes.LongLength > limit ? (null, Math.Max(bytes.LongLength, stream.Length)) : (bytes, bytes.LongLength);
    }

    private static byte[] ReadOn(Stream stream, byte[] start, byte[] probe, long cap)
    {
        using var all = new MemoryStream();
        all.Write(start);
        all.Write(probe);
        var chunk = new byte[81920];
        int n;
        while (all.Length < cap && (n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, cap - all.Length))) > 0) all.Write(chunk, 0, n);
        return all.ToArray();
    }

    // The folder itself may be a link (a content folder kept elsewhere): what is inside is judged against where it really is.
    private static string RealPath(string root)
    {
        try
        {
            return LinkResolver.Resolve(root).Path ?? root;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return root; // reading it fails next, and is reported at the folder
        }
    }

    private InputFile? TooLarge(InputEntry entry, long size) =>
        Fail(entry.Relative, entry.Full, Codes.FileTooLarge, $"The file is {size:N0} bytes; content files may be at most {_limit:N0} bytes.");

    private InputFile? Fail(string relative, string full, string code, string message)
    {
        lock (Refused) Refused.Add(relative); // files are read on every core
        _context.Diagnostics.Error(new SourceLocation(_context.DisplayPath(full)), code, message);
        return null;
    }

    /// <summary>The failure in plain words, without the path the OS message repeats (the diagnostic names the file already).</summary>
    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "it was deleted while being read",
        IOException { HResult: > 0 and < 4096 } io => Lower(System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(io.HResult)),
        IOException { Message: var m } when !m.Contains('/') && !m.Contains('\\') => Lower(m.TrimEnd('.')),
        _ => "the disk reported an error",
    };

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
