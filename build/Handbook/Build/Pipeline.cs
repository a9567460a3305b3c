// THE list of build stages, in order: the only place they are wired together.
using Handbook.Content;
using Handbook.Core;
using Handbook.Diagrams;
using Handbook.Input;
using Handbook.Links;
using Handbook.Model;
using Handbook.Output;
using Handbook.Search;
using Handbook.Templates;
using Handbook.Words;

namespace Handbook.Build;

public static class Pipeline
{
    /// <summary>From files on disk to a validated model with its diagrams drawn. Pure after the first stage.</summary>
    public static IReadOnlyList<IStage> Model { get; } =
    [
        new ReadInputsStage(),          // content/, templates/, site-assets/ -> memory
        new LoadWordingStage(),         // templates/strings.yml, sections.yml -> the words and section ids
        new LoadContentStage(),         // YAML -> typed model, per-file rules
        new ValidateReferencesStage(),  // cross-file rules: sources, shapes, phases, duplicates
        new LikelyMistakesStage(),      // warnings: uncited sources, questions without evidence
        new DrawDiagramsStage(),        // flows and spines -> inline SVG on the model
    ];

    /// <summary>The model, then its pages in memory.</summary>
    public static IReadOnlyList<IStage> Pages { get; } =
    [
        .. Model,
        new RenderPagesStage(),         // Markdown + Scriban -> HTML pages
        new SiteFilesStage(),           // assets, sitemap.xml, robots.txt
    ];

    /// <summary>A one-off build: each page goes to the staging folder as it is rendered, so the site is never whole in memory;
    /// then the search index over the same content model; then the links of the staged site are checked and it is published.</summary>
    public static IReadOnlyList<IStage> Build { get; } =
    [
        .. Model,
        new OpenStagingStage(),         // a staging folder beside the output, for the pages as they render
        new RenderPagesStage(),
        new SiteFilesStage(),
        new BuildSearchIndexStage(),    // content model -> search/ manifest, shards, documents
        new WriteOutputStage(),         // the files not yet staged -> the staging folder
        new CheckLinksStage(),          // every internal link and anchor resolves, or nothing is published
        new PublishStage(),             // staging folder -> output folder, atomically
    ];

    /// <summary>Serve mode: the same stages with the context's Rebuild naming the last good build, so each reuses what did not change.
    /// Pages reach the browser first; the search index, which every content edit changes throughout, follows in RebuildSearch.</summary>
    public static IReadOnlyList<IStage> Rebuild { get; } =
    [
        .. Pages,
        new KeepSearchIndexStage(),     // the last good build's search/ files, until RebuildSearch catches up
        new UpdateOutputStage(),        // only the changed files -> the served output folder, in place
    ];

    /// <summary>Serve mode, after Rebuild: the search index of the pages now served.</summary>
    public static IReadOnlyList<IStage> RebuildSearch { get; } =
    [
        new BuildSearchIndexStage(),
        new UpdateOutputStage(),
    ];

    /// <summary>For tests: called before each stage, in the flow of the build that set it, so a test can make a stage fail as a bug would.</summary>
    internal static readonly AsyncLocal<Action<IStage>?> BeforeStage = new();

    /// <summary>Runs stages in order; once an error is reported only the checks that run after errors go on (every one of them, so
    /// one run reports every problem: a stage skipped does not stop a later check).</summary>
    public static Site Run(IEnumerable<IStage> stages, BuildContext context, Site? site = null)
    {
        site ??= new Site();
        foreach (var stage in stages)
        {
            if (context.Diagnostics.HasErrors && !stage.RunsAfterErrors) continue;
            context.Cancellation.ThrowIfCancellationRequested();
            BeforeStage.Value?.Invoke(stage);
            var name = StageTiming.NameOf(stage);
            context.Progress.StartStage(name);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var cpu = Environment.CpuUsage.TotalTime;
            var paused = GC.GetTotalPauseDuration();
            site = stage.Run(site, context);
            context.Timings.Add(new StageTiming(name, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds));
        }

        return site;
    }
}
