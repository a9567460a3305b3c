// The folders one build created beside the output: the only ones it may delete, tracked rather than guessed from their names.
namespace Handbook.Core;

public sealed class RunFolders
{
    private readonly List<RunFolder> _created = [];
    private readonly Lock _gate = new();

    /// <summary>Where this run assembles the site; null until OpenStagingStage (or, for serve, WriteOutputStage) creates it.</summary>
    public RunFolder? Staging { get; private set; }

    public RunFolder CreateStaging(string output) => Staging = Track(RunFolder.Create(output, "building"));

    /// <summary>True when the staging folder holds only the files that differ from the previous output, which publishing moves
    /// into it; false when it holds the whole site, which publishing swaps into place.</summary>
    public bool StagedChangesOnly { get; set; }

    /// <summary>Locks the previous output and renames it to a fresh <c>&lt;output&gt;.old-*</c> name, to be deleted once the new one is in place.</summary>
    public RunFolder MoveAside(string output)
    {
        var old = Track(RunFolder.Lock(output));
        try
        {
            old.MoveTo(RunFolder.FreeName(output, "old"));
        }
        catch
        {
            Release(old);
            throw;
        }

        return old;
    }

    /// <summary>The folder is no longer this run's (it was published, or moved back): it will not be deleted.</summary>
    public void Release(RunFolder folder)
    {
        lock (_gate) _created.Remove(folder);
        folder.Release();
    }

    /// <summary>Deletes every folder this run created and still owns (each only if it carries the marker).</summary>
    public void DeleteAll()
    {
        RunFolder[] folders;
        lock (_gate)
        {
            folders = [.. _created];
            _created.Clear();
        }

        foreach (var folder in folders)
        {
            try
            {
                folder.Delete();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Still marked and with its lock file: the next build removes it as stale.
                folder.Dispose();
            }
        }
    }

    private RunFolder Track(RunFolder folder)
    {
        lock (_gate) _created.Add(folder);
        return folder;
    }
}
