// Serve-mode rebuilds: after every kind of edit, the in-place update leaves exactly the files a full build would write.
using Handbook.Core;
using Handbook.Serve;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class IncrementalBuilderTests
{
    private const string Q2 = "content/areas/reliability-sre/questions/02-major-incident.yml";

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);

    private static Dictionary<string, string> SearchFiles(string folder) =>
        Snapshot(folder).Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)).ToDictionary();

    /// <summary>Rebuilds incrementally, pages first and then the search index, then builds everything from scratch elsewhere:
    /// the two folders must hold the same files. Returns the page rebuild and the index update (null when the index was current).</summary>
    private static (RebuildResult Pages, RebuildResult? Search) RebuildAndCompare(IncrementalBuilder builder, Workspace workspace, params string[] changed)
    {
        var indexBefore = SearchFiles(workspace.Output);
        var result = builder.Build(changed.Length == 0 ? null : [.. changed.Select(c => workspace[c])]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(result.Full);
        Assert.Equal(indexBefore, SearchFiles(workspace.Output)); // pages first: the index waits for UpdateSearchIndex
        var search = builder.UpdateSearchIndex();
        Assert.True(search?.Succeeded ?? true);
        Assert.False(builder.SearchIndexIsStale);
        var full = workspace.Build(new BuildOptions { OutputDir = "_full" });
        Assert.True(full.ExitCode == 0, full.Stderr);
        var expected = Snapshot(workspace["_full"]);
        var actual = Snapshot(workspace.Output);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (path, text) in expected) Assert.True(text == actual[path], $"{path} differs from a full build");
        return (result, search);
    }

    [Fact]
    public void Every_kind_of_edit_ends_in_the_same_files_as_a_full_build()
    {
        using var workspace = new Workspace(RepoPaths.FrozenHandbook);
        var builder = new IncrementalBuilder(new BuildOptions(), workspace.Path);
        var first = builder.Build();
        Assert.True(first.Succeeded && first.Full, string.Join("\n", first.Diagnostics));

        workspace.Edit(Q2, "Say you mitigated first", "Say you **mitigated** first");
        var (body, bodyIndex) = RebuildAndCompare(builder, workspace);
        Assert.Equal([Q2], body.ChangedInputs);
        Assert.Equal(2, body.FilesWritten); // the question page and its area's print page: no card, title or citation changed
        Assert.NotNull(bodyIndex);

        workspace.Edit(Q2, "The flagship question for this area.", "The flagship question of this area.");
        Assert.InRange(RebuildAndCompare(builder, workspace).Pages.FilesWritten, 2, 12);
        workspace.Edit(Q2, "question: Tell me about a major incident", "question: Tell me about a big incident");
        RebuildAndCompare(builder, workspace);
        workspace.Edit(Q2, "source: on-call", "source: runbooks");
        RebuildAndCompare(builder, workspace);
        workspace.Write("content/areas/reliability-sre/questions/06-new-one.yml",
            File.ReadAllText(workspace[Q2]).Replace("Tell me about a big incident", "Tell me about a new thing"));
        RebuildAndCompare(builder, workspace);
        workspace.Delete("content/areas/reliability-sre/questions/03-on-call-toil.yml");
        RebuildAndCompare(builder, workspace);
        workspace.Edit("content/areas/reliability-sre/area.yml", "order: 10", "order: 20");
        RebuildAndCompare(builder, workspace);
        workspace.Edit("content/areas/reliability-sre/area.yml", "title: Reliability & SRE partnership", "title: Reliability and SRE");
        RebuildAndCompare(builder, workspace);
        workspace.Edit("content/evidence.yml", "name: GSD", "name: GSD projects");
        RebuildAndCompare(builder, workspace);
        workspace.Edit("content/handbook.yml", "company: Meta", "company: Acme");
        RebuildAndCompare(builder, workspace);
        workspace.Edit("templates/layout.sbn-html", "built with Handbook", "built with the Handbook generator");
        Assert.Null(RebuildAndCompare(builder, workspace).Search); // no content changed: the index is still current
        workspace.Edit("site-assets/theme.css", "--bg: #ffffff;", "--bg: #fffffe;");
        var asset = RebuildAndCompare(builder, workspace);
        Assert.Equal(1, asset.Pages.FilesWritten);
        Assert.Null(asset.Search);
    }

    private const string Q3 = "content/areas/reliability-sre/questions/03-on-call-toil.yml";

    /// <summary>A fork's question template that shows the next question's summary and answer bullets: a change to templates
    /// only, which the generator's C# knows nothing of.</summary>
    private const string NeighbourTemplate = """
        {{ if next && next.question }}<aside class="next-up"><p>{{ next.question.summary }}</p>
        {{ for b in next.question.how_to_answer }}<p>{{ b }}</p>{{ end }}</aside>{{ end }}
        """;

    [Theory]
    [InlineData("summary: This question tests whether you protect your people", "summary: This question checks whether you protect your people")]
    [InlineData("Use Pareto to find the top few pages", "Use Pareto to find the few pages")]
    public void A_fork_template_showing_the_next_questions_summary_and_answer_renders_its_page_again_when_they_change(string from, string to)
    {
        using var workspace = new Workspace(RepoPaths.FrozenHandbook);
        workspace.Write("templates/question.sbn-html", File.ReadAllText(workspace["templates/question.sbn-html"]) + NeighbourTemplate);
        var builder = new IncrementalBuilder(new BuildOptions(), workspace.Path);
        Assert.True(builder.Build().Succeeded);

        workspace.Edit(Q3, from, to);
        var (pages, _) = RebuildAndCompare(builder, workspace);
        // The page before the edited question shows it as "next"; nothing in C# says so, only what its template read.
        Assert.Contains("reliability-sre/major-incident/index.html", pages.PagesRendered);
        Assert.Contains("reliability-sre/on-call-toil/index.html", pages.PagesRendered);
    }

    [Fact]
    public void An_edit_to_one_questions_answer_renders_again_only_the_pages_that_show_it()
    {
        using var workspace = new Workspace(RepoPaths.FrozenHandbook);
        var builder = new IncrementalBuilder(new BuildOptions(), workspace.Path);
        Assert.True(builder.Build().Succeeded);

        const string Marker = "quokka-marker";
        workspace.Edit(Q2, "Say you mitigated first", "Say you mitigated first, " + Marker);
        var (pages, _) = RebuildAndCompare(builder, workspace);
        // The pages that show the edited bullet, as the full build wrote them: the question's own page and its area's print page.
        var showing = Directory.EnumerateFiles(workspace["_full"], "*.html", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains(Marker, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(workspace["_full"], f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(showing, pages.PagesRendered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_broken_edit_fails_without_touching_the_output_and_the_fix_rebuilds_from_the_last_good_build()
    {
        using var workspace = new Workspace(RepoPaths.FrozenHandbook);
        var builder = new IncrementalBuilder(new BuildOptions(), workspace.Path);
        Assert.True(builder.Build().Succeeded);
        var before = Snapshot(workspace.Output);

        workspace.Edit(Q2, "source: sev-review", "source: sev-reveiw");
        var broken = builder.Build();
        Assert.False(broken.Succeeded);
        Assert.Equal(1, broken.Version);
        var error = Assert.Single(broken.Errors);
        Assert.Equal($"{Q2}(36,13): error HB0006: Evidence source 'sev-reveiw' is not defined in evidence.yml. Did you mean 'sev-review'?", error.ToString());
        Assert.Equal(before, Snapshot(workspace.Output));

        workspace.Edit(Q2, "source: sev-reveiw", "source: sev-review");
        workspace.Edit(Q2, "Land a quantified result", "Land one quantified result");
        var fixedUp = RebuildAndCompare(builder, workspace);
        Assert.Equal(2, fixedUp.Pages.Version);
    }

    [Fact]
    public void An_index_update_stopped_by_a_newer_save_leaves_the_index_stale_and_untouched_until_the_next_one()
    {
        using var workspace = new Workspace(RepoPaths.FrozenHandbook);
        var builder = new IncrementalBuilder(new BuildOptions(), workspace.Path);
        Assert.True(builder.Build().Succeeded);
        var index = SearchFiles(workspace.Output);
        workspace.Edit(Q2, "Say you mitigated first", "Say you mitigated first, quokka-style");
        Assert.True(builder.Build().Succeeded);
        Assert.True(builder.SearchIndexIsStale);

        Assert.Null(builder.UpdateSearchIndex(new CancellationToken(canceled: true)));
        Assert.True(builder.SearchIndexIsStale);
        Assert.Equal(index, SearchFiles(workspace.Output));

        var (_, search) = RebuildAndCompare(builder, workspace);
        Assert.True(search is { Succeeded: true, FilesWritten: > 0 });
        Assert.Contains("\"quokka\"", File.ReadAllText(Path.Combine(workspace.Output, "search", "t", "qu.js")));
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_writes_nothing_and_keeps_the_version()
    {
        using var workspace = new Workspace();
        var builder = new IncrementalBuilder(new BuildOptions(), workspace.Path);
        Assert.Equal(1, builder.Build().Version);
        var again = builder.Build();
        Assert.True(again.Succeeded);
        Assert.Equal(0, again.FilesWritten);
        Assert.Empty(again.ChangedInputs);
        Assert.Equal(1, again.Version);
    }

    [Fact]
    public void A_rebuild_given_the_watchers_paths_reads_only_those_files_and_folders()
    {
        using var workspace = new Workspace(RepoPaths.FrozenHandbook);
        var builder = new IncrementalBuilder(new BuildOptions(), workspace.Path);
        Assert.True(builder.Build().Succeeded);

        // A change the watcher did not report is not read: the paths given are the only ones looked at.
        workspace.Edit(Q2, "Say you mitigated first", "Say you mitigated at once");
        var unreported = builder.Build([workspace["content/evidence.yml"]]);
        Assert.Empty(unreported.ChangedInputs);
        Assert.DoesNotContain("mitigated at once", File.ReadAllText(Path.Combine(workspace.Output, "reliability-sre", "major-incident", "index.html")));
        Assert.Equal([Q2], RebuildAndCompare(builder, workspace, Q2).Pages.ChangedInputs);

        // A folder created, or deleted, whole is reported once, as the folder.
        TempDir.Copy(workspace["content/areas/reliability-sre"], workspace["content/areas/second-area"]);
        workspace.Edit("content/areas/second-area/area.yml", "order: 10", "order: 20");
        Assert.Equal(6, RebuildAndCompare(builder, workspace, "content/areas/second-area").Pages.ChangedInputs.Count);
        Directory.Delete(workspace["content/areas/second-area"], recursive: true);
        Assert.Equal(6, RebuildAndCompare(builder, workspace, "content/areas/second-area").Pages.ChangedInputs.Count);
        Assert.False(Directory.Exists(Path.Combine(workspace.Output, "second-area")));
    }
}
