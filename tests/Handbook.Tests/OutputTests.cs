// The output folder is only ever replaced by a complete build, and never one the generator did not create.
using Handbook.Commands;
using Handbook.Core;
using Handbook.Output;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class OutputTests
{
    internal static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText);

    /// <summary>The output folder and every folder beside it named after it (out, out.building-*, out.old-*, ...).</summary>
    internal static IReadOnlyList<string> Siblings(Workspace workspace, string output = "_site") =>
        [.. Directory.EnumerateDirectories(workspace.Path).Select(Path.GetFileName).OfType<string>()
            .Where(n => n == output || n.StartsWith(output + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_failed_build_leaves_the_previous_output_as_it_was()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var before = Snapshot(workspace.Output);

        workspace.Write("content/areas/alpha/questions/02-second.yml", "question: [broken\n");
        var result = workspace.Build();

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("_site was left as it was", result.Stderr);
        Assert.Equal(before, Snapshot(workspace.Output));
        Assert.Equal(["_site", "content", "site-assets", "templates"], Directory.EnumerateFileSystemEntries(workspace.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_successful_rebuild_replaces_the_output_and_drops_stale_files()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        workspace.Delete("content/areas/alpha/questions/02-second.yml");
        Assert.Equal(0, workspace.Build().ExitCode);
        Assert.False(Directory.Exists(Path.Combine(workspace.Output, "alpha", "second")));
        Assert.True(File.Exists(Path.Combine(workspace.Output, "alpha", "first", "index.html")));
        Assert.True(File.Exists(Path.Combine(workspace.Output, ".handbook-output")));
    }

    [Fact]
    public void A_rebuild_leaves_unchanged_files_untouched_and_rewrites_changed_ones()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var first = Path.Combine(workspace.Output, "alpha", "first", "index.html");
        var second = Path.Combine(workspace.Output, "alpha", "second", "index.html");
        var (firstBefore, secondBefore) = (Input.NativeStat.Of(first), Input.NativeStat.Of(second));

        workspace.Edit("content/areas/alpha/questions/02-second.yml", "summary: ", "summary: Changed. ");
        Assert.Equal(0, workspace.Build().ExitCode);

        // The same inode: left where it was, neither rewritten nor copied; its date is the first build's.
        var firstAfter = Input.NativeStat.Of(first);
        Assert.Equal((firstBefore.Device, firstBefore.Inode, firstBefore.LastWrite), (firstAfter.Device, firstAfter.Inode, firstAfter.LastWrite));
        Assert.NotEqual(secondBefore.Inode, Input.NativeStat.Of(second).Inode);
        Assert.Contains("Changed.", File.ReadAllText(second));
        Assert.Equal(["_site", "content", "site-assets", "templates"], Directory.EnumerateFileSystemEntries(workspace.Path).Select(Path.GetFileName).Order());
    }

    [LinuxFact]
    public void A_rebuild_over_a_folder_replaced_by_a_link_writes_the_folder_again_and_leaves_the_links_target_alone()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var alpha = Path.Combine(workspace.Output, "alpha");
        var elsewhere = Path.Combine(workspace.Path, "elsewhere");
        Directory.Move(alpha, elsewhere);
        Directory.CreateSymbolicLink(alpha, elsewhere);

        Assert.Equal(0, workspace.Build().ExitCode);
        Assert.Null(new DirectoryInfo(alpha).LinkTarget);
        Assert.True(File.Exists(Path.Combine(alpha, "first", "index.html")));
        Assert.True(File.Exists(Path.Combine(elsewhere, "first", "index.html")));
    }

    [Fact]
    public void A_rebuild_that_fails_while_moving_files_in_puts_the_previous_output_back_as_it_was()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var files = Snapshot(workspace.Output);
        var folders = Folders(workspace.Output);

        // Every kind of step: a stale page folder set aside, a new page's folder created, changed files replaced.
        var second = File.ReadAllText(workspace["content/areas/alpha/questions/02-second.yml"]);
        workspace.Delete("content/areas/alpha/questions/02-second.yml");
        workspace.Write("content/areas/alpha/questions/03-third.yml", second.Replace("the second thing", "the third thing"));
        workspace.Edit("content/areas/alpha/questions/01-first.yml", "summary: ", "summary: Changed. ");
        var moves = 0;
        InPlacePublish.BeforeMove.Value = _ =>
        {
            if (Interlocked.Increment(ref moves) == 4) throw new IOException("Injected: the disk went away");
        };
        BuildResult result;
        try
        {
            result = workspace.Build();
        }
        finally
        {
            InPlacePublish.BeforeMove.Value = null;
        }

        Assert.True(moves >= 4, $"only {moves} files were moved in; the failure was never injected");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Injected: the disk went away", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stdout + result.Stderr);
        Assert.Equal(files, Snapshot(workspace.Output));
        Assert.Equal(folders, Folders(workspace.Output));
        Assert.Equal(["_site", "content", "site-assets", "templates"], Directory.EnumerateFileSystemEntries(workspace.Path).Select(Path.GetFileName).Order());

        // And the same rebuild, left alone, publishes.
        Assert.Equal(0, workspace.Build().ExitCode);
        Assert.True(File.Exists(Path.Combine(workspace.Output, "alpha", "third", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(workspace.Output, "alpha", "second")));
    }

    private static List<string> Folders(string folder) =>
        [.. Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/areas")]
    [InlineData("templates")]
    [InlineData("site-assets")]
    [InlineData("..")]
    [InlineData("/")]
    public void A_dangerous_output_is_refused_and_nothing_is_deleted(string output)
    {
        using var workspace = new Workspace();
        var before = Snapshot(workspace.Path);
        var result = workspace.Build(new BuildOptions { OutputDir = output });
        Assert.Equal(ExitCodes.UsageErrors, result.ExitCode);
        Assert.Contains("error HB0101: Refusing to write the output here", result.Stderr);
        Assert.Equal(before, Snapshot(workspace.Path));
    }

    [Fact]
    public void A_non_empty_folder_without_the_marker_is_refused()
    {
        using var workspace = new Workspace();
        workspace.Write("docs/keep.txt", "precious");
        var result = workspace.Build(new BuildOptions { OutputDir = "docs" });
        Assert.Equal(ExitCodes.UsageErrors, result.ExitCode);
        Assert.Contains("was not written by this generator", result.Stderr);
        Assert.Equal("precious", File.ReadAllText(workspace["docs/keep.txt"]));
        Assert.Single(Directory.EnumerateFileSystemEntries(workspace["docs"]));
    }

    [Fact]
    public void An_empty_existing_folder_is_accepted()
    {
        using var workspace = new Workspace();
        Directory.CreateDirectory(workspace["out"]);
        Assert.Equal(0, workspace.Build(new BuildOptions { OutputDir = "out" }).ExitCode);
        Assert.True(File.Exists(workspace["out/index.html"]));
        Assert.Equal(["out"], Siblings(workspace, "out"));
    }
}
