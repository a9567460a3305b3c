// The bad-content corpus: each case is the minimal fixture with one change, and must give exactly its expected located
// diagnostics and exit code, never a stack trace or a hang, and leave the previous output as it was.
using Handbook.Commands;
using Handbook.Core;
using Handbook.Tests.Support;

namespace Handbook.Tests.BadContent;

public class BadContentTests
{
    // A hang guard, not a speed test: a case that used to run for minutes or forever fails here instead of stalling the suite.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);
    private const string PreviousPage = "<!doctype html><title>the previous build</title>";

    public static TheoryData<string> Yaml() => [.. YamlCases.All.Select(c => c.Name)];
    public static TheoryData<string> Files() => [.. FileCases.All.Select(c => c.Name)];
    public static TheoryData<string> Causes() => [.. CauseCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Yaml))]
    public void Yaml_case_gives_its_located_diagnostics(string name) => Check(YamlCases.All.Single(c => c.Name == name));

    [Theory]
    [MemberData(nameof(Files))]
    public void File_case_gives_its_located_diagnostics(string name) => Check(FileCases.All.Single(c => c.Name == name));

    [Theory]
    [MemberData(nameof(Causes))]
    public void Cause_case_gives_its_located_diagnostics(string name) => Check(CauseCases.All.Single(c => c.Name == name));

    [Fact]
    public void The_corpus_has_at_least_60_cases_with_unique_names_and_an_expected_output_each()
    {
        var names = YamlCases.All.Concat(FileCases.All).Concat(CauseCases.All).Select(c => c.Name).ToList();
        Assert.True(names.Count >= 60, $"{names.Count} cases");
        Assert.Equal(names.Count, names.Distinct().Count());
        var expected = Directory.EnumerateFiles(ExpectedFolder(), "*.txt").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.Equal(names.Order(), expected);
    }

    private static void Check(BadContentCase @case)
    {
        if (@case.UnixOnly && OperatingSystem.IsWindows()) return;
        using var workspace = new Workspace();
        workspace.Write("_site/.handbook-output", "marker");
        workspace.Write("_site/index.html", PreviousPage);
        @case.Apply(workspace);

        var (code, stdout, stderr) = RunGuarded(workspace);
        var actual = new[] { $"exit {code}" }.Concat(Lines(stderr)).ToList();
        var expectedFile = Path.Combine(ExpectedFolder(), @case.Name + ".txt");
        if (Environment.GetEnvironmentVariable("HANDBOOK_UPDATE_EXPECTED") == "1")
            File.WriteAllLines(Path.Combine(RepoPaths.Root, "tests", "Handbook.Tests", "Fixtures", "bad-content", @case.Name + ".txt"), actual);

        Assert.Equal(File.ReadAllLines(expectedFile), actual);
        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.DoesNotContain(FileCases.OutsideToken, stdout + stderr);
        Assert.DoesNotContain("root:x:", stdout + stderr);
        Assert.DoesNotContain(Directory.EnumerateDirectories(workspace.Path), d => Path.GetFileName(d).StartsWith("_site.", StringComparison.Ordinal));
        if (code == ExitCodes.Success)
        {
            var site = new BuiltSite(workspace.Output);
            Assert.Empty(LiveScript.Find(site));
            Assert.DoesNotContain(site.HtmlFiles, page => File.ReadAllText(Path.Combine(workspace.Output, page)).Contains(FileCases.OutsideToken));
        }
        else
        {
            Assert.Equal(PreviousPage, File.ReadAllText(Path.Combine(workspace.Output, "index.html")));
            Assert.Equal(2, Directory.EnumerateFileSystemEntries(workspace.Output).Count());
        }
    }

    private static (int Code, string Stdout, string Stderr) RunGuarded(Workspace workspace)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var run = Task.Factory.StartNew(() => BuildCommand.Run(new BuildOptions(), stdout, stderr, workspace.Path), TaskCreationOptions.LongRunning);
        Assert.True(run.Wait(HangGuard), $"the build did not finish within {HangGuard.TotalSeconds} s");
        return (run.Result, stdout.ToString(), stderr.ToString());
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd());

    private static string ExpectedFolder() => Path.Combine(RepoPaths.Fixtures, "bad-content");
}
