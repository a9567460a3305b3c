// Serve mode's output stage: writes only changed files into a folder the generator created, and removes pages that are gone.
using Handbook.Core;
using Handbook.Model;
using Handbook.Output;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class UpdateOutputStageTests
{
    private static Site Outputs(params (string Path, string Text)[] files) => new() { Outputs = [.. files.Select(f => OutputFile.Text(f.Path, f.Text))] };

    private static BuildContext Updating(Workspace workspace, Site previous) => new(new BuildOptions(), workspace.Path) { Rebuild = new Rebuild(previous) };

    [Fact]
    public void Only_changed_files_are_written_and_removed_pages_are_deleted()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var previous = Outputs(("a/index.html", "one"), ("b/index.html", "two"), ("gone/index.html", "old"));
        var context = Updating(workspace, previous);
        foreach (var file in previous.Outputs) new FileInfo(Path.Combine(workspace.Output, file.Path)).Directory!.Create();
        foreach (var file in previous.Outputs) File.WriteAllBytes(Path.Combine(workspace.Output, file.Path), file.Bytes);
        var untouched = File.GetLastWriteTimeUtc(Path.Combine(workspace.Output, "a/index.html"));
        File.SetLastWriteTimeUtc(Path.Combine(workspace.Output, "a/index.html"), untouched.AddHours(-1));

        new UpdateOutputStage().Run(Outputs(("a/index.html", "one"), ("b/index.html", "TWO"), ("c/index.html", "new")), context);

        Assert.Empty(context.Diagnostics.Items);
        Assert.Equal(untouched.AddHours(-1), File.GetLastWriteTimeUtc(Path.Combine(workspace.Output, "a/index.html")));
        Assert.Equal("TWO", File.ReadAllText(Path.Combine(workspace.Output, "b/index.html")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(workspace.Output, "c/index.html")));
        Assert.False(Directory.Exists(Path.Combine(workspace.Output, "gone")));
        Assert.Empty(Directory.EnumerateFiles(workspace.Output, "*.handbook-part", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_folder_the_generator_did_not_create_is_refused()
    {
        using var workspace = new Workspace();
        workspace.Write("_site/notes.txt", "mine");
        var context = Updating(workspace, Outputs());
        new UpdateOutputStage().Run(Outputs(("a/index.html", "one")), context);
        Assert.Contains(context.Diagnostics.Items, d => d.Code == "HB0101");
        Assert.False(File.Exists(Path.Combine(workspace.Output, "a/index.html")));
    }
}
