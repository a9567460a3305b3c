// Issue 11: an input folder holding a FIFO, a device, a link out or round in circles, a huge or unreadable file ends in one
// located error per entry (exit code 1), never a hang, a crash, HB0900 or a byte of a file from elsewhere.
using Handbook.Commands;
using Handbook.Core;
using Handbook.Input;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class InputSafetyTests
{
    private const string Questions = "content/areas/alpha/questions";
    private const string Limit = "1,048,576";

    /// <summary>Builds with a hang guard: a regression that blocks (a FIFO opened) fails the test instead of stalling the suite.</summary>
    internal static T Guarded<T>(Func<T> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "the build hung for 60 s");
        return task.Result;
    }

    private static BuildResult Fails(Workspace workspace, params string[] expected)
    {
        var result = Guarded(() => workspace.Build());
        Assert.Equal(expected, result.Diagnostics);
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("HB0900", result.Stderr);
        Assert.False(Directory.Exists(workspace.Output), "a failed build must not create the output folder");
        return result;
    }

    private static void Fifo(string path) => Assert.Equal(0, Shell.Run($"mkfifo '{path}'", "/", TimeSpan.FromSeconds(10)).ExitCode);

    private static void Link(Workspace workspace, string relative, string target) => File.CreateSymbolicLink(workspace[relative], target);

    [UnixFact]
    public void A_fifo_is_never_opened()
    {
        using var workspace = new Workspace();
        Fifo(workspace[$"{Questions}/06-f.yml"]);
        Fails(workspace, $"{Questions}/06-f.yml: error HB0022: This is a FIFO, not a regular file; content, templates and assets must be regular files.");
    }

    [UnixFact]
    public void A_fifo_in_place_of_area_yml_is_not_also_reported_missing_and_the_other_content_errors_are_still_reported()
    {
        using var workspace = new Workspace();
        workspace.Delete("content/areas/alpha/area.yml");
        Fifo(workspace["content/areas/alpha/area.yml"]);
        Fifo(workspace["templates/extra.sbn-html"]);
        workspace.Write("content/handbook.yml", File.ReadAllText(workspace["content/handbook.yml"]) + "colour: blue\n");
        var result = Guarded(() => workspace.Build());
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Equal(3, result.Diagnostics.Count);
        Assert.Equal("content/areas/alpha/area.yml: error HB0022: This is a FIFO, not a regular file; content, templates and assets must be regular files.", result.Diagnostics[0]);
        // Files that could not be read come first (the cause of what follows), then the rest by file.
        Assert.Equal("templates/extra.sbn-html: error HB0022: This is a FIFO, not a regular file; content, templates and assets must be regular files.", result.Diagnostics[1]);
        Assert.Contains(": error HB0002: Unknown key 'colour'", result.Diagnostics[2]);
    }

    [UnixFact]
    public void A_link_to_dev_zero_is_never_followed()
    {
        using var workspace = new Workspace();
        Link(workspace, $"{Questions}/06-z.yml", "/dev/zero");
        Fails(workspace, $"{Questions}/06-z.yml: error HB0023: This symbolic link points outside content/; links must stay inside their folder.");
    }

    [UnixFact]
    public void A_link_to_a_file_outside_content_publishes_and_echoes_nothing_of_it()
    {
        using var workspace = new Workspace();
        using var elsewhere = new TempDir();
        const string token = "zebra-quartz-7731";
        File.WriteAllText(elsewhere["q.yml"], $"question: {token}\n{token}: [\n");
        Link(workspace, $"{Questions}/06-o.yml", elsewhere["q.yml"]);
        var result = Fails(workspace, $"{Questions}/06-o.yml: error HB0023: This symbolic link points outside content/; links must stay inside their folder.");
        Assert.DoesNotContain(token, result.Stdout + result.Stderr);
        Assert.DoesNotContain(Directory.EnumerateFiles(workspace.Path, "*", SearchOption.AllDirectories).Where(f => !f.Contains("06-o")),
            f => File.ReadAllText(f).Contains(token));
    }

    [UnixFact]
    public void A_link_to_etc_passwd_shows_none_of_it()
    {
        using var workspace = new Workspace();
        Link(workspace, $"{Questions}/06-p.yml", "/etc/passwd");
        var result = Fails(workspace, $"{Questions}/06-p.yml: error HB0023: This symbolic link points outside content/; links must stay inside their folder.");
        Assert.DoesNotContain("root:", result.Stdout + result.Stderr);
    }

    [UnixFact]
    public void A_link_out_of_templates_or_assets_is_refused_too()
    {
        using var workspace = new Workspace();
        Link(workspace, "site-assets/passwd.txt", "/etc/passwd");
        var result = Fails(workspace, "site-assets/passwd.txt: error HB0023: This symbolic link points outside site-assets/; links must stay inside their folder.");
        Assert.DoesNotContain("root:", result.Stdout + result.Stderr);
    }

    [UnixFact]
    public void A_dangling_link_and_a_loop_of_links_are_named()
    {
        using var workspace = new Workspace();
        Link(workspace, $"{Questions}/06-d.yml", "nowhere.yml");
        Link(workspace, $"{Questions}/07-a.yml", "08-b.yml");
        Link(workspace, $"{Questions}/08-b.yml", "07-a.yml");
        Fails(workspace,
            $"{Questions}/06-d.yml: error HB0023: This symbolic link points at nothing: its target does not exist.",
            $"{Questions}/07-a.yml: error HB0023: This symbolic link loops: following it never reaches a file.",
            $"{Questions}/08-b.yml: error HB0023: This symbolic link loops: following it never reaches a file.");
    }

    [UnixFact]
    public void A_folder_link_back_to_its_parent_does_not_make_reading_spin()
    {
        using var workspace = new Workspace();
        Link(workspace, "content/areas/alpha/loop", "..");
        Fails(workspace, "content/areas/alpha/loop: error HB0023: This symbolic link leads back to a folder that holds it, so the folder would repeat forever.");
    }

    [UnixFact]
    public void A_link_inside_content_to_another_file_inside_builds()
    {
        using var workspace = new Workspace();
        workspace.Write("content/shared/third.txt", File.ReadAllText(workspace[$"{Questions}/01-first.yml"]).Replace("the first thing", "a third thing"));
        File.Move(workspace["content/shared/third.txt"], workspace["content/shared/third.md"]); // a note, so it is not a stray file
        Link(workspace, $"{Questions}/03-third.yml", "../../../shared/third.md");
        var result = Guarded(() => workspace.Build());
        Assert.Equal("", result.Stderr);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("a third thing", File.ReadAllText(Path.Combine(workspace.Output, "alpha", "third", "index.html")));
    }

    [Fact]
    public void A_file_one_byte_over_the_limit_is_refused_before_it_is_read_and_one_at_the_limit_is_not()
    {
        using var workspace = new Workspace();
        var question = File.ReadAllText(workspace[$"{Questions}/01-first.yml"]).Replace("the first thing", "a third thing");
        workspace.Write($"{Questions}/03-third.yml", question + "#" + new string('x', (int)InputFolderReader.ContentLimit - System.Text.Encoding.UTF8.GetByteCount(question) - 2) + "\n");
        workspace.Write($"{Questions}/04-big.yml", new string('#', (int)InputFolderReader.ContentLimit + 1));
        Assert.Equal(InputFolderReader.ContentLimit, new FileInfo(workspace[$"{Questions}/03-third.yml"]).Length);
        Fails(workspace, $"{Questions}/04-big.yml: error HB0024: The file is 1,048,577 bytes; content files may be at most {Limit} bytes.");

        workspace.Delete($"{Questions}/04-big.yml");
        var result = Guarded(() => workspace.Build());
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void A_yaml_or_upper_case_extension_is_an_error_naming_the_file_to_rename_to()
    {
        using var workspace = new Workspace();
        File.Copy(workspace["content/areas/alpha/area.yml"], workspace["content/areas/alpha/area.yaml"]);
        File.Copy(workspace[$"{Questions}/02-second.yml"], workspace[$"{Questions}/03-third.YML"]);
        workspace.Write("content/areas/alpha/notes.yaml", "x: 1\n");
        var result = Guarded(() => workspace.Build());
        Assert.Equal(
        [
            "content/areas/alpha/area.yaml: error HB0029: The generator reads '.yml' files only, so it reads 'area.yml' beside this file and not this one; merge the two and delete this one.",
            "content/areas/alpha/notes.yaml: warning HB0019: This file is not read by the generator: content holds handbook.yml, evidence.yml and areas/<area>/area.yml with areas/<area>/questions/<question>.yml (and schemas/*.json for editors).",
            $"{Questions}/03-third.YML: error HB0029: The generator reads '.yml' files only; rename this file to '03-third.yml'.",
        ], result.Diagnostics);
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
    }

    [Fact]
    public void A_missing_content_folder_is_its_only_error()
    {
        using var workspace = new Workspace();
        var result = Guarded(() => workspace.Build(new BuildOptions { ContentDir = "nope" }));
        Assert.Equal(["nope: error HB0102: The folder given by --content does not exist."], result.Diagnostics);
    }
}
