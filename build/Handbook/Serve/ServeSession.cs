// A running `serve`: the first build, the dev server, the watcher and the rebuild loop, until disposed.
using System.Threading.Channels;
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Output;

namespace Handbook.Serve;

public sealed class ServeSession : IAsyncDisposable
{
    private readonly IncrementalBuilder _builder;
    private readonly LiveReloadHub _hub;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly BuildContext _context;
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private DevServer? _server;
    private ChangeWatcher? _watcher;
    private Task _loop = Task.CompletedTask;
    private volatile bool _manual;
    private readonly bool _verbose;
    private volatile CancellationTokenSource _indexing = new();

    private ServeSession(IncrementalBuilder builder, BuildContext context, TextWriter stdout, TextWriter stderr, bool verbose)
    {
        (_builder, _context, _hub, _stdout, _stderr, _verbose) = (builder, context, new LiveReloadHub(), stdout, stderr, verbose);
    }

    /// <summary>The site's address, e.g. http://127.0.0.1:5000/.</summary>
    public string Url => _server!.Url;

    public RebuildResult LastResult { get; private set; } = null!;

    /// <summary>Raised after every rebuild the watcher triggers, on the rebuild loop's thread.</summary>
    public event Action<RebuildResult>? Rebuilt;

    /// <summary>Raised when the search index has caught up with a rebuild's pages, on the rebuild loop's thread.</summary>
    public event Action<RebuildResult>? SearchIndexUpdated;

    /// <summary>Builds, starts serving and watching. A content error does not stop it: the last good build (if any) is served with the errors.</summary>
    /// <exception cref="ListenFailedException">The server could not listen.</exception>
    public static async Task<ServeSession> StartAsync(ServeOptions options, TextWriter stdout, TextWriter stderr, string? workingDirectory = null)
    {
        var context = new BuildContext(options.Build, workingDirectory);
        var session = new ServeSession(new IncrementalBuilder(options.Build, workingDirectory), context, stdout, stderr, options.Verbose);
        StaleFolders.RemoveAndReport(context, stdout);
        session.Report(session.LastResult = session._builder.Build());
        session._hub.Publish(BuildState.From(session.LastResult));

        var basePath = SiteAddress.Of(options.Build, session._builder.LastGood?.Settings).BasePath;
        try
        {
            session._server = await DevServer.StartAsync(context.OutputDir, basePath, options.Host, options.Port, session._hub);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }

        if (!HostFilter.IsLoopback(options.Host))
            stderr.WriteLine($"warning: listening on {options.Host}, not a loopback address: the site and the dev endpoints (__handbook/) can be read by other machines on the network; use --host 127.0.0.1 to keep them on this machine.");

        session._loop = Task.Run(session.RebuildLoop);
        var inputs = new[] { options.Build.ContentDir, options.Build.TemplatesDir, options.Build.AssetsDir };
        session._watcher = new ChangeWatcher(inputs.Select(context.FullPath), options.Debounce, session.Changed);
        stdout.WriteLine($"Serving {session.Url} and watching {string.Join(", ", inputs.Select(context.DisplayPath))}. Press Ctrl+C to stop.");
        return session;
    }

    /// <summary>Runs a rebuild now, as a change would (for tests and benchmarks that do not want to wait for the watcher).</summary>
    public void RequestRebuild()
    {
        _manual = true;
        Changed();
    }

    // A save stops an index update under way: its pages come first, and the index is rebuilt after them.
    private void Changed()
    {
        _pending.Writer.TryWrite(true);
        _indexing.Cancel();
    }

    private async Task RebuildLoop()
    {
        await foreach (var _ in _pending.Reader.ReadAllAsync())
        {
            var before = LastResult;
            // A rebuild asked for by hand, not by the watcher, compares every file.
            var changes = _watcher?.TakeChanges();
            RebuildResult result;
            Exception? crash = null;
            try
            {
                result = LastResult = _builder.Build(_manual ? null : changes);
            }
            catch (Exception e)
            {
                // A bug must not end the session: it is reported like a content error (terminal and overlay), the last good
                // build stays served, and the next rebuild compares every file.
                crash = e;
                result = LastResult = Crashed(e, before);
            }

            _manual = crash is not null;
            Report(result);
            if (crash is not null) lock (_stdout) _stderr.WriteLine(InternalErrorText.Hint(crash, _verbose));
            // Nothing to tell the pages when nothing they show changed (an editor's swap file, a save without edits).
            if (!(result.Succeeded && before.Succeeded && result.Version == before.Version)) _hub.Publish(BuildState.From(result));
            Rebuilt?.Invoke(result);
            // Another save already waiting (or arriving while it runs, which cancels it) makes this index stale before it is
            // done: build that save's pages first. The new token comes before the look, so no save slips between the two.
            _indexing = new CancellationTokenSource();
            if (_pending.Reader.Count == 0) UpdateSearchIndex(_indexing.Token);
        }
    }

    private void UpdateSearchIndex(CancellationToken cancel)
    {
        RebuildResult? result;
        try
        {
            result = _builder.UpdateSearchIndex(cancel);
        }
        catch (Exception e)
        {
            lock (_stdout)
            {
                _stderr.WriteLine($"error {Codes.InternalError}: {InternalErrorText.Message(e)}");
                _stderr.WriteLine(InternalErrorText.Hint(e, _verbose));
                _stderr.WriteLine("Search index update failed; search shows the last good build.");
            }

            return;
        }

        if (result is null) return;
        lock (_stdout)
        {
            foreach (var diagnostic in result.Diagnostics) _stderr.WriteLine(diagnostic);
            if (result.Succeeded) _stdout.WriteLine($"Search index updated in {result.Milliseconds} ms: {result.FilesWritten} file{(result.FilesWritten == 1 ? "" : "s")}.");
            else _stderr.WriteLine("Search index update failed; search shows the last good build.");
        }

        SearchIndexUpdated?.Invoke(result);
    }

    private static RebuildResult Crashed(Exception e, RebuildResult before) =>
        new(false, before.Version, [new Diagnostic(new SourceLocation(""), Severity.Error, Codes.InternalError, InternalErrorText.Message(e))],
            0, 0, false, [], 0, []);

    private void Report(RebuildResult result)
    {
        var context = _context;
        lock (_stdout)
        {
            foreach (var diagnostic in result.Diagnostics) _stderr.WriteLine(diagnostic);
            var changes = result.ChangedInputs.Count == 0 ? "" : $" after changes to {string.Join(", ", result.ChangedInputs.Take(5))}{(result.ChangedInputs.Count > 5 ? ", ..." : "")}";
            if (!result.Succeeded)
                _stderr.WriteLine($"Build failed{changes}: {DiagnosticCount.Of(result.Diagnostics)}; {(result.Version > 0 ? "still serving the last good build" : Directory.Exists(context.OutputDir) ? $"serving {context.DisplayPath(context.OutputDir)} as an earlier run left it" : "nothing to serve until it is fixed")}.");
            else if (result.Full)
                _stdout.WriteLine($"Built {result.Pages} pages into {context.DisplayPath(context.OutputDir)} in {result.Milliseconds} ms.");
            else if (result.ChangedInputs.Count > 0)
                _stdout.WriteLine($"Rebuilt in {result.Milliseconds} ms{changes}: {result.FilesWritten} file{(result.FilesWritten == 1 ? "" : "s")} updated.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _pending.Writer.TryComplete();
        await _loop;
        if (_server is not null) await _server.DisposeAsync();
    }
}
