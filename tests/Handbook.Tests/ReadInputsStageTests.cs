// The reading stage: a rebuild keeps the bytes of every unchanged file, and a file that cannot be read is one located error.
using Handbook.Build;
using Handbook.Commands;
using Handbook.Core;
using Handbook.Input;
using Handbook.Model;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class ReadInputsStageTests
{
    private const string First = "content/areas/alpha/questions/01-first.yml";

    private static Site Read(Workspace workspace, Site? previous = null, IReadOnlyCollection<string>? changed = null) =>
        new ReadInputsStage().Run(new Site(),
            new BuildContext(new BuildOptions(), workspace.Path) { Rebuild = previous is null ? null : new Rebuild(previous, changed) });

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

    /// <summary>The pages pipeline with an opener that fails for one file, as a read failure root cannot cause with chmod would.</summary>
    private static IReadOnlyList<string> BuildWith(Workspace workspace, Func<string, FileStream> open)
    {
        var context = new BuildContext(new BuildOptions(), workspace.Path);
        InputSafetyTests.Guarded(() => Pipeline.Run([new ReadInputsStage(open), .. Pipeline.Pages.Skip(1)], context));
        return [.. context.Diagnostics.Sorted().Select(d => d.ToString())];
    }

    private static Func<string, FileStream> Failing(string name, Func<string, Exception> failure) =>
        path => path.EndsWith(name, StringComparison.Ordinal) ? throw failure(path) : new FileStream(path, FileMode.Open, FileAccess.Read);

    public static TheoryData<string, string> Failures() => new()
    {
        { "denied", "permission denied" },
        { "io", "input/output error" },
        { "deleted", "it was deleted while being read" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_read_failure_is_located_at_the_file_without_the_path_the_OS_repeats_and_every_other_problem_is_still_reported(string kind, string reason)
    {
        using var workspace = new Workspace();
        workspace.Edit("content/areas/alpha/questions/02-second.yml", "question:", "colour: blue\nquestion:");
        var diagnostics = BuildWith(workspace, Failing("01-first.yml", path => kind switch
        {
            "denied" => new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
            "io" => new IOException($"Input/output error : '{path}'", 5),
            _ => new FileNotFoundException($"Could not find file '{path}'.", path),
        }));

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal($"{First}: error HB0021: The file could not be read: {reason}.", diagnostics[0]);
        Assert.Contains("02-second.yml(2,1): error HB0002: Unknown key 'colour'", diagnostics[1]);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_from_its_size_without_being_opened()
    {
        using var workspace = new Workspace();
        System.IO.File.WriteAllText(workspace[First], new string('#', (int)InputFolderReader.ContentLimit + 1));
        var opened = new System.Collections.Concurrent.ConcurrentBag<string>();
        var diagnostics = BuildWith(workspace, path =>
        {
            opened.Add(path);
            return new FileStream(path, FileMode.Open, FileAccess.Read);
        });
        Assert.Equal([$"{First}: error HB0024: The file is 1,048,577 bytes; content files may be at most 1,048,576 bytes."], diagnostics);
        Assert.Contains(opened, p => p.EndsWith("02-second.yml", StringComparison.Ordinal));
        Assert.DoesNotContain(opened, p => p.EndsWith("01-first.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_grows_past_the_limit_while_it_is_read_is_still_bounded()
    {
        using var workspace = new Workspace();
        System.IO.File.WriteAllText(workspace[First], new string('#', (int)InputFolderReader.ContentLimit));
        var diagnostics = BuildWith(workspace, path =>
        {
            if (path.EndsWith("01-first.yml", StringComparison.Ordinal)) System.IO.File.AppendAllText(path, "##########"); // after the lstat
            return new FileStream(path, FileMode.Open, FileAccess.Read);
        });
        Assert.Equal([$"{First}: error HB0024: The file is 1,048,586 bytes; content files may be at most 1,048,576 bytes."], diagnostics);
    }

    [Fact]
    public void A_file_that_never_ends_is_read_only_one_byte_past_the_limit()
    {
        using var workspace = new Workspace();
        System.IO.File.WriteAllText(workspace[First], new string('#', (int)InputFolderReader.ContentLimit));
        EndlessFileStream? endless = null;
        var diagnostics = BuildWith(workspace, path => path.EndsWith("01-first.yml", StringComparison.Ordinal)
            ? endless = new EndlessFileStream(path)
            : new FileStream(path, FileMode.Open, FileAccess.Read));
        Assert.Equal([$"{First}: error HB0024: The file is 1,048,577 bytes; content files may be at most 1,048,576 bytes."], diagnostics);
        Assert.Equal(InputFolderReader.ContentLimit + 1, endless!.Served);
    }

    [UnixFact]
    public void A_file_swapped_for_another_between_the_look_and_the_open_is_not_read()
    {
        using var workspace = new Workspace();
        using var elsewhere = new TempDir();
        System.IO.File.WriteAllText(elsewhere["secret.yml"], "question: swapped-in-secret\n");
        var diagnostics = BuildWith(workspace, path => new FileStream(path.EndsWith("01-first.yml", StringComparison.Ordinal) ? elsewhere["secret.yml"] : path, FileMode.Open, FileAccess.Read));
        Assert.Equal([$"{First}: error HB0021: The file could not be read: it was replaced while being read."], diagnostics);
    }

    [UnixFact(NotAsRoot = true)]
    public void An_unreadable_file_is_reported_at_the_file()
    {
        using var workspace = new Workspace();
        if (!OperatingSystem.IsWindows()) System.IO.File.SetUnixFileMode(workspace[First], UnixFileMode.None);
        var result = InputSafetyTests.Guarded(() => workspace.Build());
        Assert.Equal([$"{First}: error HB0021: The file could not be read: permission denied."], result.Diagnostics);
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
    }
}
