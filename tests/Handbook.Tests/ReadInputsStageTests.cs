// The reading stage: a rebuild keeps the bytes of every unchanged file, so later stages can tell what changed by reference.
using Handbook.Input;
using Handbook.Model;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class ReadInputsStageTests
{
    private const string First = "content/areas/alpha/questions/01-first.yml";

    private static Site Read(Workspace workspace, Site? previous = null, IReadOnlyCollection<string>? changed = null) =>
        new ReadInputsStage().Run(new Site { Previous = previous, ChangedPaths = changed }, new BuildContext(new BuildOptions(), workspace.Path));

    private static InputFile File(Site site, string relative) => site.Inputs.Content.Single(f => "content/" + f.RelativePath == relative);

    [Fact]
    public void Unchanged_files_keep_their_bytes_and_an_edit_of_the_same_length_at_once_is_still_seen()
    {
        using var workspace = new Workspace();
        var text = System.IO.File.ReadAllText(workspace[First]);
        System.IO.File.WriteAllText(workspace[First], text); // a save just before the build
        var stamp = System.IO.File.GetLastWriteTimeUtc(workspace[First]);
        var first = Read(workspace);
        // Same length and, as happens within the clock's resolution, the same time stamp: only reading the bytes again can tell.
        System.IO.File.WriteAllText(workspace[First], text.Replace("First answer bullet.", "Frist answer bullet."));
        System.IO.File.SetLastWriteTimeUtc(workspace[First], stamp);
        var second = Read(workspace, first);

        Assert.NotSame(File(first, First).Bytes, File(second, First).Bytes);
        Assert.Contains("Frist", System.Text.Encoding.UTF8.GetString(File(second, First).Bytes));
        Assert.Same(File(first, "content/handbook.yml").Bytes, File(second, "content/handbook.yml").Bytes);
        Assert.Same(first.Inputs.Templates[0].Bytes, second.Inputs.Templates[0].Bytes);
    }

    [Fact]
    public void With_the_watchers_paths_only_those_are_read_and_an_untouched_folder_keeps_its_list()
    {
        using var workspace = new Workspace();
        var first = Read(workspace);
        workspace.Write("content/areas/alpha/questions/03-third.yml", "question: Third?\n");
        workspace.Delete("content/areas/alpha/questions/02-second.yml");
        var second = Read(workspace, first, [workspace["content/areas/alpha/questions/03-third.yml"], workspace["content/areas/alpha/questions/02-second.yml"]]);

        Assert.Equal(["areas/alpha/questions/01-first.yml", "areas/alpha/questions/03-third.yml"],
            second.Inputs.Content.Select(f => f.RelativePath).Where(p => p.Contains("questions")));
        Assert.Same(first.Inputs.Templates, second.Inputs.Templates);
        Assert.Same(File(first, First).Bytes, File(second, First).Bytes);
    }
}
