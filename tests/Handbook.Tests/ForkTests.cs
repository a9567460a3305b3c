// Issue 16's fork test: a copy of the repository gains an area as content/AUTHORING.md says, and the content-facing tests still pass on it.
using System.Text.RegularExpressions;
using Handbook.Commands;
using Handbook.Core;
using Handbook.Tests.Support;
using Xunit.Abstractions;

namespace Handbook.Tests;

public partial class ForkTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    /// <summary>The repository's files as git knows them (committed or not, ignored ones left out): what a fork starts from.</summary>
    private static void CopyRepository(string to)
    {
        var (code, listing) = Shell.Run("git ls-files -z --cached --others --exclude-standard", RepoPaths.Root, TimeSpan.FromMinutes(1));
        Assert.True(code == 0, listing);
        foreach (var file in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var from = Path.Combine(RepoPaths.Root, file);
            if (!File.Exists(from)) continue; // deleted in the working tree but not yet in git
            var target = Path.Combine(to, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(from, target);
        }
    }

    /// <summary>The guide's `new` commands, run with the real `handbook` binary built beside the tests in place of `dotnet run`.</summary>
    private void ScaffoldAsTheGuideSays(string repo)
    {
        var guide = File.ReadAllText(Path.Combine(repo, "content", "AUTHORING.md"));
        var commands = GuideSteps.Parse(guide).Where(c => GuideSteps.Subcommand(c) == "new").ToList();
        Assert.True(commands.Count >= 2, "content/AUTHORING.md no longer scaffolds an area and a question with `new`");
        var handbook = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "handbook.exe" : "handbook");
        foreach (var command in commands)
        {
            var line = $"'{handbook}' " + command["dotnet run --project build/Handbook -- ".Length..];
            var (code, printed) = Shell.Run(line, repo, TimeSpan.FromMinutes(1));
            output.WriteLine($"$ {command}\n{printed}");
            Assert.True(code == 0, $"'{command}' exited {code}:\n{printed}");
        }
    }

    [Fact]
    public void A_fork_that_adds_an_area_with_new_builds_with_only_todo_warnings_and_passes_the_content_facing_tests()
    {
        using var repo = new TempDir();
        CopyRepository(repo.Path);
        var areasBefore = Directory.GetDirectories(Path.Combine(repo.Path, "content", "areas")).Length;
        ScaffoldAsTheGuideSays(repo.Path);
        Assert.Equal(areasBefore + 1, Directory.GetDirectories(Path.Combine(repo.Path, "content", "areas")).Length);

        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var built = BuildCommand.Run(new BuildOptions(), stdout, stderr, repo.Path);
        output.WriteLine(stdout.ToString() + stderr);
        Assert.Equal(ExitCodes.Success, built);
        RealContent.AssertOnlyTodoWarnings(new BuildResult(built, stdout.ToString(), stderr.ToString()));

        // The tests of this very assembly, pointed at the fork: those marked content-facing, and only those.
        var assembly = typeof(ForkTests).Assembly.Location;
        var filter = $"{RealContent.Trait}={RealContent.Category}";
        var (code, printed) = Shell.Run(
            $"{RepoPaths.RootVariable}='{repo.Path}' dotnet test '{assembly}' --filter '{filter}' --results-directory '{repo["results"]}'",
            repo.Path, Timeout);
        output.WriteLine(printed);
        var summary = Summary().Match(printed);
        Assert.True(code == 0 && summary.Success, $"the content-facing tests failed on a fork with a new area (exit {code}):\n{printed}");
        Assert.Equal("0", summary.Groups["failed"].Value);
        Assert.True(int.Parse(summary.Groups["passed"].Value) >= ContentFacingTestCount(),
            $"fewer content-facing tests ran than are marked:\n{printed}");
    }

    /// <summary>The methods marked content-facing, on themselves or their class; a theory counts once though it runs per case.</summary>
    private static int ContentFacingTestCount() =>
        typeof(ForkTests).Assembly.GetTypes().SelectMany(t => t.GetMethods().Select(m => (Type: t, Method: m)))
            .Count(x => x.Method.GetCustomAttributes(typeof(FactAttribute), inherit: true).Length > 0
                        && (IsContentFacing(x.Type.GetCustomAttributesData()) || IsContentFacing(x.Method.GetCustomAttributesData())));

    private static bool IsContentFacing(IEnumerable<System.Reflection.CustomAttributeData> attributes) =>
        attributes.Any(a => a.AttributeType == typeof(TraitAttribute)
                            && a.ConstructorArguments.Select(c => c.Value as string).SequenceEqual([RealContent.Trait, RealContent.Category]));

    [GeneratedRegex(@"Failed:\s+(?<failed>\d+), Passed:\s+(?<passed>\d+)")]
    private static partial Regex Summary();
}
