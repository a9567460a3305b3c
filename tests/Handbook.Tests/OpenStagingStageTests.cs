// A one-off build writes each page into the staging folder as it renders, so the site is never held whole in memory.
using Handbook.Build;
using Handbook.Commands;
using Handbook.Core;
using Handbook.Model;
using Handbook.Output;
using Handbook.Templates;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class OpenStagingStageTests
{
    /// <summary>Every file the page stage made, with its bytes, read while the run's staging folder is still there.</summary>
    private static List<(string Path, bool Stored, string Bytes)> Render(Workspace workspace, bool streamed, Action<BuildContext>? look = null)
    {
        var context = new BuildContext(new BuildOptions(), workspace.Path);
        try
        {
            IStage[] stages = streamed ? [.. Pipeline.Model, new OpenStagingStage(), new RenderPagesStage()] : [.. Pipeline.Model, new RenderPagesStage()];
            var site = Pipeline.Run(stages, context);
            Assert.False(context.Diagnostics.HasErrors, string.Join("\n", context.Diagnostics.Items));
            look?.Invoke(context);
            return [.. site.Outputs.Select(o => (o.Path, o.IsStored, Convert.ToBase64String(o.Bytes)))];
        }
        finally
        {
            context.Folders.DeleteAll();
        }
    }

    [Fact]
    public void Each_page_is_on_disk_as_soon_as_it_is_rendered_with_the_bytes_an_in_memory_render_makes()
    {
        using var workspace = new Workspace();
        var onDisk = new Dictionary<string, string>();
        var streamed = Render(workspace, streamed: true, context =>
        {
            var staging = context.Folders.Staging!.Path;
            foreach (var file in Directory.EnumerateFiles(staging, "*.html", SearchOption.AllDirectories))
                onDisk[Path.GetRelativePath(staging, file).Replace('\\', '/')] = Convert.ToBase64String(File.ReadAllBytes(file));
        });
        var inMemory = Render(workspace, streamed: false);

        var pages = streamed.Where(o => o.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.True(page.Stored, page.Path));
        Assert.Equal(pages.ToDictionary(p => p.Path, p => p.Bytes), onDisk);
        Assert.All(inMemory, page => Assert.False(page.Stored, page.Path));
        Assert.Equal(inMemory.Select(o => (o.Path, o.Bytes)), streamed.Select(o => (o.Path, o.Bytes)));
    }

    [Fact]
    public void Over_a_previous_build_an_unchanged_page_is_read_from_the_output_and_only_a_changed_one_is_staged()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        workspace.Edit("content/areas/alpha/questions/02-second.yml", "summary: ", "summary: Changed. ");

        var context = new BuildContext(new BuildOptions(), workspace.Path);
        try
        {
            var site = Pipeline.Run([.. Pipeline.Model, new OpenStagingStage(), new RenderPagesStage()], context);
            var staged = Directory.EnumerateFiles(context.Folders.Staging!.Path, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(context.Folders.Staging.Path, f).Replace('\\', '/')).ToHashSet();
            Assert.Contains("alpha/second/index.html", staged);
            Assert.DoesNotContain("alpha/first/index.html", staged);
            var first = site.Outputs.Single(o => o.Path == "alpha/first/index.html");
            Assert.True(first.IsStored);
            Assert.Equal(File.ReadAllBytes(Path.Combine(workspace.Output, "alpha", "first", "index.html")), first.Bytes);
            Assert.Contains("Changed.", System.Text.Encoding.UTF8.GetString(site.Outputs.Single(o => o.Path == "alpha/second/index.html").Bytes));
        }
        finally
        {
            context.Folders.DeleteAll();
        }
    }

    [Fact]
    public void A_page_that_cannot_be_written_while_pages_render_fails_the_build_as_an_output_error_and_leaves_the_output_as_it_was()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var before = OutputTests.Snapshot(workspace.Output);
        workspace.Edit("content/areas/alpha/questions/01-first.yml", "summary: ", "summary: Changed. ");

        // A file where the changed page's folder must go: creating the folder fails halfway through rendering.
        Pipeline.BeforeStage.Value = stage =>
        {
            if (stage is not RenderPagesStage) return;
            var staging = Directory.EnumerateDirectories(workspace.Path, "_site.building-*").Single();
            File.WriteAllText(Path.Combine(staging, "alpha"), "in the way");
        };
        BuildResult result;
        try
        {
            result = workspace.Build();
        }
        finally
        {
            Pipeline.BeforeStage.Value = null;
        }

        Assert.Equal(ExitCodes.InternalError, result.ExitCode);
        Assert.Contains("error HB0900: could not write the output", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stdout + result.Stderr);
        Assert.Equal(before, OutputTests.Snapshot(workspace.Output));
        Assert.Equal(["_site", "content", "site-assets", "templates"], Directory.EnumerateFileSystemEntries(workspace.Path).Select(Path.GetFileName).Order());
    }
}
