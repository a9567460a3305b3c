// What an in-place publish changed in the output, step by step, so a failure halfway puts the previous output back as it was.
using System.Collections.Concurrent;

namespace Handbook.Output;

/// <remarks>Nothing of the previous output is deleted while publishing: stale entries and replaced files are renamed into the
/// staging folder's <c>.undo</c> (same file system, so a rename), which is deleted with the staging folder once all went well.
/// Names there are numbers, so no folder has to be made for them.</remarks>
internal sealed class PublishJournal
{
    private readonly string _output;
    private readonly string _undo;
    private readonly List<(string Relative, string Kept, bool Folder)> _setAside = [];
    private readonly List<string> _createdFolders = [];
    private readonly ConcurrentStack<(string Relative, string? Kept)> _moved = new();
    private int _next;

    public const string FolderName = ".undo";

    public PublishJournal(string output, string staging)
    {
        _output = output;
        _undo = Path.Combine(staging, FolderName);
        Directory.CreateDirectory(_undo);
    }

    /// <summary>Moves a stale file, link or folder of the output out of the way.</summary>
    public void SetAside(string relative, bool folder)
    {
        var kept = NextKept();
        var path = Path.Combine(_output, relative);
        // A link to a folder is moved as a folder would be: rename moves the link itself, never what it points to.
        folder |= Directory.Exists(path);
        if (folder) Directory.Move(path, kept);
        else File.Move(path, kept);
        _setAside.Add((relative, kept, folder));
    }

    /// <summary>Creates a folder of the output and each missing one above it, remembering which were new.</summary>
    public void CreateFolder(string relative)
    {
        var missing = new Stack<string>();
        for (var folder = relative; !string.IsNullOrEmpty(folder) && !Directory.Exists(Path.Combine(_output, folder)); folder = Path.GetDirectoryName(folder))
            missing.Push(folder);
        foreach (var folder in missing)
        {
            Directory.CreateDirectory(Path.Combine(_output, folder));
            _createdFolders.Add(folder);
        }
    }

    /// <summary>Puts a staged file in its place, keeping the file it replaces; safe to call from several threads.</summary>
    public void MoveIn(string staged, string relative)
    {
        var path = Path.Combine(_output, relative);
        string? kept = null;
        if (File.Exists(path))
        {
            kept = NextKept();
            File.Move(path, kept);
        }

        _moved.Push((relative, kept));
        File.Move(staged, path);
    }

    private string NextKept() =>
        Path.Combine(_undo, Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Reverses every step, newest first: new files out, replaced files back, new folders removed, stale entries back.
    /// Each step is tried even when one before it failed, so as much as possible is restored.</summary>
    public void Undo()
    {
        foreach (var (relative, kept) in _moved)
            Try(() =>
            {
                var path = Path.Combine(_output, relative);
                if (kept is not null) File.Move(kept, path, overwrite: true);
                else if (File.Exists(path)) File.Delete(path);
            });
        for (var i = _createdFolders.Count - 1; i >= 0; i--)
            Try(() => Directory.Delete(Path.Combine(_output, _createdFolders[i])));
        for (var i = _setAside.Count - 1; i >= 0; i--)
        {
            var (relative, kept, folder) = _setAside[i];
            Try(() =>
            {
                if (folder) Directory.Move(kept, Path.Combine(_output, relative));
                else File.Move(kept, Path.Combine(_output, relative));
            });
        }
    }

    private static void Try(Action step)
    {
        try
        {
            step();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Keep going: the failure that started the undo is the one reported.
        }
    }
}
