// Keeps the last good build in memory and brings the output folder up to date: a full build first, then only what changed.
using System.Diagnostics;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Output;

namespace Handbook.Incremental;

/// <remarks>Not thread-safe: one build at a time (the serve session runs them one after another).</remarks>
public sealed class IncrementalBuilder(BuildOptions options, string? workingDirectory = null)
{
    private Site? _lastGood;
    private int _version;

    /// <summary>The last good build, or null before the first one succeeds.</summary>
    public Site? LastGood => _lastGood;

    /// <param name="changedPaths">Full paths the file watcher reported since the last build; null compares every input file.</param>
    public RebuildResult Build(IReadOnlyCollection<string>? changedPaths = null)
    {
        var clock = Stopwatch.StartNew();
        var context = new BuildContext(options, workingDirectory);
        var previous = _lastGood;
        Site site;
        try
        {
            site = previous is null
                ? Pipeline.Run(Pipeline.Build, context)
                : Pipeline.Run(Pipeline.Rebuild, context, new Site { Previous = previous, ChangedPaths = changedPaths });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(new SourceLocation(context.DisplayPath(context.OutputDir)), Codes.OutputFailed, $"could not write the output: {e.Message}");
            site = new Site();
        }
        finally
        {
            OutputFolder.DeleteStaging(context);
        }

        var diagnostics = context.Diagnostics.Sorted().ToList();
        var changedInputs = previous is null || site.Inputs.ReadAt == default ? [] : ChangedInputs(previous.Inputs, site.Inputs);
        if (context.Diagnostics.HasErrors)
            return new RebuildResult(false, _version, diagnostics, 0, 0, previous is null, changedInputs, clock.ElapsedMilliseconds);

        var written = previous is null ? site.Outputs.Count : Written(previous, site);
        _lastGood = site with { Previous = null };
        if (written > 0 || previous is null) _version++;
        var pages = site.Outputs.Count(o => o.Path.EndsWith(".html", StringComparison.Ordinal));
        return new RebuildResult(true, _version, diagnostics, written, pages, previous is null, changedInputs, clock.ElapsedMilliseconds);
    }

    private static int Written(Site previous, Site site)
    {
        var before = previous.Outputs.ToDictionary(o => o.Path, StringComparer.Ordinal);
        var changed = site.Outputs.Count(o => !o.SameBytes(before.GetValueOrDefault(o.Path)));
        var removed = before.Count - site.Outputs.Count(o => before.ContainsKey(o.Path));
        return changed + removed;
    }

    private static List<string> ChangedInputs(SiteInputs before, SiteInputs after)
    {
        IEnumerable<string> Diff(IReadOnlyList<InputFile> a, IReadOnlyList<InputFile> b)
        {
            if (ReferenceEquals(a, b)) return [];
            var old = a.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
            var now = b.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
            return b.Where(f => !f.Unchanged(old.GetValueOrDefault(f.RelativePath))).Select(f => f.DisplayPath)
                .Concat(a.Where(f => !now.Contains(f.RelativePath)).Select(f => f.DisplayPath));
        }

        return [.. Diff(before.Content, after.Content), .. Diff(before.Templates, after.Templates), .. Diff(before.Assets, after.Assets)];
    }
}
