// Watches the input folders, collects the paths that change and calls back once they have been quiet for a moment, so one save builds once.
namespace Handbook.Serve;

public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private readonly Lock _gate = new();
    private HashSet<string>? _changed = [];

    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet, Action changed)
    {
        _quiet = quiet;
        _timer = new Timer(_ => changed());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Record(e.FullPath);
            watcher.Created += (_, e) => Record(e.FullPath);
            watcher.Deleted += (_, e) => Record(e.FullPath);
            watcher.Renamed += (_, e) => Record(e.OldFullPath, e.FullPath);
            // Events were lost (the kernel's queue overflowed): forget the paths, so the rebuild compares every file.
            watcher.Error += (_, _) => Record([null]);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The paths changed since the last call, or null when the watcher lost track and every file must be compared.</summary>
    public IReadOnlyCollection<string>? TakeChanges()
    {
        lock (_gate)
        {
            var changed = _changed;
            _changed = [];
            return changed;
        }
    }

    private void Record(params string?[] paths)
    {
        lock (_gate)
        {
            if (paths.Any(p => p is null)) _changed = null;
            else _changed?.UnionWith(paths!);
        }

        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
