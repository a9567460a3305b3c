// Keeps the last good build in memory and brings the output folder up to date: a full build first, then only what changed.
using System.Diagnostics;
using Handbook.Build;
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Output;
using Handbook.Search;

namespace Handbook.Serve;

/// <remarks>Not thread-safe: one build at a time (the serve session runs them one after another).</remarks>
public sealed class IncrementalBuilder(BuildOptions options, string? workingDirectory = null)
{
    private Site? _lastGood;
    private Site? _indexed; // the build whose content the served search index holds
    private int _version;

    /// <summary>The last good build, or null before the first one succeeds.</summary>
    public Site? LastGood => _lastGood;

    /// <summary>Pages first: a rebuild leaves the search index as it was until <see cref="UpdateSearchIndex"/>; a full build makes both.</summary>
    /// <param name="changedPaths">Full paths the file watcher reported since the last build; null compares every input file.</param>
    public RebuildResult Build(IReadOnlyCollection<string>? changedPaths = null)
    {
        var previous = _lastGood;
        var (site, context, milliseconds) = previous is null
            ? Run(Pipeline.Build, new Site(), null)
            : Run(Pipeline.Rebuild, new Site(), new Rebuild(previous, changedPaths));
        var diagnostics = context.Diagnostics.Sorted().ToList();
        var changedInputs = previous is null || site.Inputs.ReadAt == default ? [] : ChangedInputs(previous.Inputs, site.Inputs);
        if (context.Diagnostics.HasErrors)
            return new RebuildResult(false, _version, diagnostics, 0, 0, previous is null, changedInputs, milliseconds, context.Timings);

        var written = previous is null ? site.Outputs.Count : context.FilesUpdated;
        _lastGood = site;
        if (previous is null) _indexed = _lastGood;
        if (written > 0 || previous is null) _version++;
        return new RebuildResult(true, _version, diagnostics, written, Pages(site), previous is null, changedInputs, milliseconds, context.Timings)
        {
            PagesRendered = context.PagesRendered,
        };
    }

    /// <summary>True when the pages served show content the search index does not hold yet.</summary>
    public bool SearchIndexIsStale => _lastGood is { } site && _indexed is { } indexed && !SearchIndexInputs.Unchanged(indexed, site);

    /// <summary>Brings the served search index up to the pages; open pages need no reload for it. Null when the index already
    /// was current, or when <paramref name="cancel"/> stopped it (a newer save is waiting): then it stays stale, its files untouched.</summary>
    public RebuildResult? UpdateSearchIndex(CancellationToken cancel = default)
    {
        if (_lastGood is not { } served || !SearchIndexIsStale) return null;
        (Site Site, BuildContext Context, long Milliseconds) run;
        try
        {
            run = Run(Pipeline.RebuildSearch, served, new Rebuild(served), cancel);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return null;
        }

        var (site, context, milliseconds) = run;
        var diagnostics = context.Diagnostics.Sorted().ToList();
        if (context.Diagnostics.HasErrors)
            return new RebuildResult(false, _version, diagnostics, 0, 0, false, [], milliseconds, context.Timings);

        var written = context.FilesUpdated;
        _lastGood = _indexed = site;
        return new RebuildResult(true, _version, diagnostics, written, Pages(site), false, [], milliseconds, context.Timings);
    }

    private (Site Site, BuildContext Context, long Milliseconds) Run(IReadOnlyList<IStage> stages, Site start, Rebuild? rebuild,
        CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var context = new BuildContext(options, workingDirectory) { Cancellation = cancel, Rebuild = rebuild, KeepsPageReads = true };
        try
        {
            return (Pipeline.Run(stages, context, start), context, clock.ElapsedMilliseconds);
        }
        catch (OutputWriteException e)
        {
            context.Diagnostics.Error(new SourceLocation(context.DisplayPath(context.OutputDir)), Codes.OutputFailed, $"could not write the output: {e.Message}");
            return (new Site(), context, clock.ElapsedMilliseconds);
        }
        finally
        {
            context.Folders.DeleteAll();
        }
    }

    private static int Pages(Site site) => site.Outputs.Count(o => o.Path.EndsWith(".html", StringComparison.Ordinal));

    private static List<string> ChangedInputs(SiteInputs before, SiteInputs after)
    {
        IEnumerable<string> Diff(IReadOnlyList<InputFile> a, IReadOnlyList<InputFile> b)
        {
            if (ReferenceEquals(a, b)) return [];
            // Usually the same files in the same order: walk both at once and look up by path only when they part.
            if (a.Count == b.Count && a.Zip(b).All(pair => pair.First.RelativePath == pair.Second.RelativePath))
                return a.Zip(b).Where(pair => !pair.Second.Unchanged(pair.First)).Select(pair => pair.Second.DisplayPath);
            var old = a.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
            var now = b.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
            return b.Where(f => !f.Unchanged(old.GetValueOrDefault(f.RelativePath))).Select(f => f.DisplayPath)
                .Concat(a.Where(f => !now.Contains(f.RelativePath)).Select(f => f.DisplayPath));
        }

        return [.. Diff(before.Content, after.Content), .. Diff(before.Templates, after.Templates), .. Diff(before.Assets, after.Assets)];
    }
}
