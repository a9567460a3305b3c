// One broken fixture per contract rule: each must produce exactly its expected located diagnostics and exit code 1.
using Handbook.Commands;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class ContentRulesTests
{
    public static TheoryData<string> Cases() =>
        [.. Directory.EnumerateDirectories(Path.Combine(RepoPaths.Fixtures, "broken")).Select(d => Path.GetFileName(d)!).Order()];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Broken_fixture_reports_exactly_its_expected_diagnostics(string name)
    {
        var caseDir = Path.Combine(RepoPaths.Fixtures, "broken", name);
        using var workspace = new Workspace();
        if (Directory.Exists(Path.Combine(caseDir, "content"))) TempDir.Copy(Path.Combine(caseDir, "content"), workspace.Content);
        var deleteList = Path.Combine(caseDir, "delete.txt");
        if (File.Exists(deleteList))
            foreach (var file in File.ReadAllLines(deleteList).Where(l => l.Length > 0)) workspace.Delete(Path.Combine("content", file));

        // No hang guard of its own in the generator: an input that makes it loop forever must fail the suite, not stall it.
        var build = Task.Run(() => workspace.Build());
        Assert.True(await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60))) == build, $"the build of '{name}' did not finish within 60 s");
        var result = await build;

        var expectedFile = Path.Combine(caseDir, "expected.txt");
        if (Environment.GetEnvironmentVariable("HANDBOOK_UPDATE_EXPECTED") == "1")
        {
            var source = Path.Combine(RepoPaths.Root, "tests", "Handbook.Tests", "Fixtures", "broken", name, "expected.txt");
            File.WriteAllLines(source, result.Diagnostics);
        }

        Assert.Equal(File.ReadAllLines(expectedFile).Where(l => l.Length > 0), result.Diagnostics);
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.False(Directory.Exists(workspace.Output), "a failed build must not create the output folder");
        Assert.DoesNotContain("   at ", result.Stderr); // no stack trace
    }

    [Fact]
    public void Minimal_fixture_builds_clean()
    {
        using var workspace = new Workspace();
        var result = workspace.Build();
        Assert.Equal("", result.Stderr);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("Built 11 pages (79 files)", result.Stdout); // pages, assets, search files, the print stylesheet, the sheet, the area's study script and the drill (no sitemap without --base-url)
    }

    [Fact]
    public void A_stray_file_is_a_warning_and_the_build_still_succeeds()
    {
        using var workspace = new Workspace();
        workspace.Write("content/areas/alpha/notes.txt", "scratch");
        var result = workspace.Build();
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var line = Assert.Single(result.Diagnostics);
        Assert.StartsWith("content/areas/alpha/notes.txt: warning HB0019:", line);
    }
}
