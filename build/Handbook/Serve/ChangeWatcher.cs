// Watches the input folders and calls back once the files have been quiet for a moment, so one save triggers one rebuild.
namespace Handbook.Serve;

public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;

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
            watcher.Changed += (_, _) => Poke();
            watcher.Created += (_, _) => Poke();
            watcher.Deleted += (_, _) => Poke();
            watcher.Renamed += (_, _) => Poke();
            // A lost event (the kernel's queue overflowed) still means something changed; the rebuild compares every file.
            watcher.Error += (_, _) => Poke();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Poke() => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
