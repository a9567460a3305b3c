// Issue 11 in serve: a save that adds a FIFO, a link out or round in circles, a huge or look-alike file is one located error
// of that rebuild, read through the same safe path as a full build; the last good build stays served.
using Handbook.Core;
using Handbook.Input;
using Handbook.Model;
using Handbook.Serve;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class InputSafetyServeTests
{
    private const string Questions = "content/areas/alpha/questions";

    /// <summary>A served workspace after its first good build, and a rebuild for the paths the watcher would report.</summary>
    private static (Workspace Workspace, Func<string[], RebuildResult> Save) Served()
    {
        var workspace = new Workspace();
        var builder = new IncrementalBuilder(new BuildOptions(), workspace.Path);
        Assert.True(builder.Build().Succeeded);
        return (workspace, paths => InputSafetyTests.Guarded(() => builder.Build([.. paths.Select(p => workspace[p])])));
    }

    private static void Fails(RebuildResult result, params string[] expected)
    {
        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Diagnostics.Select(d => d.ToString()));
    }

    [UnixFact]
    public void A_fifo_saved_in_serve_is_never_opened_and_removing_it_builds_again()
    {
        var (workspace, save) = Served();
        using var _ = workspace;
        Assert.Equal(0, Shell.Run($"mkfifo '{workspace[$"{Questions}/06-f.yml"]}'", "/", TimeSpan.FromSeconds(10)).ExitCode);
        Fails(save([$"{Questions}/06-f.yml"]),
            $"{Questions}/06-f.yml: error HB0022: This is a FIFO, not a regular file; content, templates and assets must be regular files.");
        workspace.Delete($"{Questions}/06-f.yml");
        Assert.True(save([$"{Questions}/06-f.yml"]).Succeeded);
    }

    [UnixFact]
    public void Links_out_or_round_in_circles_saved_in_serve_are_named_and_never_followed()
    {
        var (workspace, save) = Served();
        using var _ = workspace;
        using var elsewhere = new TempDir();
        const string token = "serve-zebra-4410";
        File.WriteAllText(elsewhere["q.yml"], $"question: {token}\n");
        File.CreateSymbolicLink(workspace[$"{Questions}/06-o.yml"], elsewhere["q.yml"]);
        File.CreateSymbolicLink(workspace[$"{Questions}/07-z.yml"], "/dev/zero");
        Directory.CreateSymbolicLink(workspace["content/areas/alpha/loop"], "..");
        var result = save([$"{Questions}/06-o.yml", $"{Questions}/07-z.yml", "content/areas/alpha/loop"]);
        Fails(result,
            "content/areas/alpha/loop: error HB0023: This symbolic link leads back to a folder that holds it, so the folder would repeat forever.",
            $"{Questions}/06-o.yml: error HB0023: This symbolic link points outside content/; links must stay inside their folder.",
            $"{Questions}/07-z.yml: error HB0023: This symbolic link points outside content/; links must stay inside their folder.");
        Assert.DoesNotContain(token, string.Join("\n", result.Diagnostics));
    }

    [UnixFact]
    public void A_file_reported_under_a_folder_link_that_leaves_content_is_not_read()
    {
        var (workspace, save) = Served();
        using var _ = workspace;
        using var elsewhere = new TempDir();
        const string token = "serve-under-link-9921";
        File.WriteAllText(elsewhere["area.yml"], File.ReadAllText(workspace["content/areas/alpha/area.yml"])
            .Replace("title: Alpha area", $"title: {token}").Replace("order: 10", "order: 20"));
        Directory.CreateSymbolicLink(workspace["content/areas/beta"], elsewhere.Path);
        var result = save(["content/areas/beta/area.yml"]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(workspace.Output, "beta")));
        Assert.DoesNotContain(Directory.EnumerateFiles(workspace.Output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains(token));
    }

    [Fact]
    public void A_huge_or_look_alike_file_saved_in_serve_is_an_error()
    {
        var (workspace, save) = Served();
        using var _ = workspace;
        workspace.Write($"{Questions}/06-big.yml", new string('#', (int)InputFolderReader.ContentLimit + 1));
        File.Copy(workspace[$"{Questions}/02-second.yml"], workspace[$"{Questions}/07-seventh.yaml"]);
        Fails(save([$"{Questions}/06-big.yml", $"{Questions}/07-seventh.yaml"]),
            $"{Questions}/06-big.yml: error HB0024: The file is 1,048,577 bytes; content files may be at most 1,048,576 bytes.",
            $"{Questions}/07-seventh.yaml: error HB0029: The generator reads '.yml' files only; rename this file to '07-seventh.yml'.");
    }

    [Fact]
    public void A_read_failure_of_a_saved_file_is_located_and_the_file_is_left_out()
    {
        using var workspace = new Workspace();
        var context = new BuildContext(new BuildOptions(), workspace.Path);
        var first = new ReadInputsStage().Run(new Site(), context);
        var saved = workspace[$"{Questions}/01-first.yml"];
        var again = new BuildContext(new BuildOptions(), workspace.Path) { Rebuild = new Rebuild(first, [saved]) };
        var second = new ReadInputsStage(path => path == saved ? throw new IOException($"Input/output error : '{path}'", 5) : new FileStream(path, FileMode.Open))
            .Run(new Site(), again);

        Assert.Equal([$"{Questions}/01-first.yml: error HB0021: The file could not be read: input/output error."], again.Diagnostics.Items.Select(d => d.ToString()));
        Assert.DoesNotContain(second.Inputs.Content, f => f.RelativePath == "areas/alpha/questions/01-first.yml");
        Assert.Contains("areas/alpha/questions/01-first.yml", second.Inputs.RefusedContent);
    }
}
