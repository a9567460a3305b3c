// Folders beside the output: a build deletes only the ones its own runs made (marker and lock file) that no live build holds.
using Handbook.Core;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class StaleFolderTests
{
    // A lock file counts by name only: a held one cannot be read, and ours are empty.
    private static Dictionary<string, byte[]> Bytes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Path.GetFileName(f) == RunFolder.LockName ? [] : File.ReadAllBytes(f));

    /// <summary>Runs a build and checks that it succeeded, reported no removal and left <paramref name="folder"/> byte for byte.</summary>
    private static void AssertABuildLeavesAlone(Workspace workspace, string folder)
    {
        var before = Bytes(folder);
        var result = workspace.Build();
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Removed", result.Stdout);
        var after = Bytes(folder);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), path);
    }

    /// <summary>What an interrupted run leaves: a marked folder with its lock file, the lock released as a killed process's is.</summary>
    private static string LeftByAKilledBuild(Workspace workspace, string kind)
    {
        using var folder = RunFolder.Create(workspace.Output, kind);
        File.WriteAllText(Path.Combine(folder.Path, "index.html"), "half a site");
        return folder.Path;
    }

    [Theory]
    [InlineData("_site.old-1")]
    [InlineData("_site.old-{pid}")]
    [InlineData("_site.building-{pid}")]
    [InlineData("_site.building-{pid}-0badc0de")]
    public void A_users_folder_named_like_ours_without_the_marker_survives_two_builds_byte_identical(string name)
    {
        using var workspace = new Workspace();
        var folder = workspace[name.Replace("{pid}", Environment.ProcessId.ToString())];
        Directory.CreateDirectory(Path.Combine(folder, "notes"));
        File.WriteAllText(Path.Combine(folder, "notes", "todo.txt"), "data");
        File.WriteAllText(Path.Combine(folder, RunFolder.LockName), "");

        AssertABuildLeavesAlone(workspace, folder); // the first build creates _site
        AssertABuildLeavesAlone(workspace, folder); // the second moves it aside
    }

    [Fact]
    public void A_copy_of_the_output_is_marked_but_has_no_lock_file_and_survives()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        TempDir.Copy(workspace.Output, workspace["_site.old-1"]);
        AssertABuildLeavesAlone(workspace, workspace["_site.old-1"]);
    }

    [Fact]
    public void Marked_folders_whose_lock_is_free_are_removed_and_reported()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var stale = new[] { LeftByAKilledBuild(workspace, "building"), LeftByAKilledBuild(workspace, "old") }.Select(Path.GetFileName).Order(StringComparer.Ordinal);

        var result = workspace.Build();

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Removed 2 folders left by interrupted builds: {string.Join(", ", stale)}.\n", result.Stdout.Replace("\r", ""));
        Assert.Equal(["_site"], OutputTests.Siblings(workspace));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_staging_folder_a_run_was_killed_in_before_marking_it_is_removed_and_reported(bool lockFileMade)
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var name = Path.GetFileName(RunFolder.FreeName(workspace.Output, "building"));
        Directory.CreateDirectory(workspace[name]);
        if (lockFileMade) File.WriteAllText(Path.Combine(workspace[name], RunFolder.LockName), "");

        var result = workspace.Build();

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Removed 1 folder left by an interrupted build: {name}.\n", result.Stdout.Replace("\r", ""));
        Assert.Equal(["_site"], OutputTests.Siblings(workspace));
    }

    [Theory]
    [InlineData("_site.building-1")] // not a name a run gives its staging folder
    [InlineData("_site.old-1-0badc0de")]
    [InlineData("_site.building-1-0BADC0DE")]
    [InlineData("_site.building-x-0badc0de")]
    public void An_empty_folder_not_named_as_a_run_names_its_staging_folder_is_left_alone(string name)
    {
        using var workspace = new Workspace();
        Directory.CreateDirectory(workspace[name]);
        AssertABuildLeavesAlone(workspace, workspace[name]);
        Assert.True(Directory.Exists(workspace[name]));
    }

    [Fact]
    public void An_unmarked_staging_folder_whose_lock_a_live_run_holds_is_left_alone()
    {
        using var workspace = new Workspace();
        var live = RunFolder.FreeName(workspace.Output, "building");
        Directory.CreateDirectory(live);
        using var held = new FileStream(Path.Combine(live, RunFolder.LockName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        AssertABuildLeavesAlone(workspace, live);
    }

    [Theory]
    [InlineData("_site.backup")]
    [InlineData("_site-building-1")]
    [InlineData("site.building-1")]
    public void A_stale_looking_folder_under_another_name_is_left_alone(string name)
    {
        using var workspace = new Workspace();
        var folder = workspace[name];
        Directory.Move(LeftByAKilledBuild(workspace, "building"), folder);
        AssertABuildLeavesAlone(workspace, folder);
    }

    [Fact]
    public void A_marked_folder_whose_lock_another_build_holds_is_left_alone()
    {
        using var workspace = new Workspace();
        var live = LeftByAKilledBuild(workspace, "building");
        using var held = new FileStream(Path.Combine(live, RunFolder.LockName), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        AssertABuildLeavesAlone(workspace, live);
    }

    [Fact]
    public void The_build_command_which_takes_its_lock_itself_leaves_alone_a_folder_whose_lock_another_process_holds()
    {
        // The command turns off the locks .NET takes on every file it opens (System.IO.DisableFileLocking): a staging folder's
        // lock is the one it takes itself, and it must still see this process's.
        using var workspace = new Workspace();
        var live = LeftByAKilledBuild(workspace, "building");
        var before = Bytes(live);
        using (new FileStream(Path.Combine(live, RunFolder.LockName), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            using var cli = CliProcess.Start(workspace.Path, "build");
            var (code, stdout, stderr) = cli.Wait(TimeSpan.FromMinutes(2));
            Assert.True(code == 0, stderr);
            Assert.DoesNotContain("Removed", stdout);
        }

        Assert.Equal(before.Keys.Order(), Bytes(live).Keys.Order());
        using var cleanup = CliProcess.Start(workspace.Path, "build");
        var (_, after, _) = cleanup.Wait(TimeSpan.FromMinutes(2));
        Assert.Contains("Removed", after);
        Assert.False(Directory.Exists(live));
    }

    [Fact]
    public void A_link_named_like_a_stale_folder_is_not_followed()
    {
        if (OperatingSystem.IsWindows()) return; // symbolic links need privileges there
        using var workspace = new Workspace();
        var elsewhere = LeftByAKilledBuild(workspace, "building");
        var target = workspace["precious"];
        Directory.Move(elsewhere, target);
        Directory.CreateSymbolicLink(workspace["_site.old-9"], target);
        AssertABuildLeavesAlone(workspace, target);
    }

    [Fact]
    public void A_folder_without_the_marker_is_never_deleted_even_when_this_run_holds_its_lock()
    {
        using var dir = new TempDir();
        var folder = dir["out.old-1"];
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "keep");
        RunFolder.Lock(folder).Delete();
        Assert.Equal("keep", File.ReadAllText(Path.Combine(folder, "keep.txt")));
    }
}
