// Issue #7's acceptance: copy the frozen seed handbook, scaffold an area and two questions, fill them, build, and find the area everywhere.
using Handbook.Commands;
using Handbook.Tests.SchemaSupport;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class ScaffoldingAcceptanceTests
{
    private static readonly Dictionary<string, string> AreaText = new()
    {
        ["\"TODO: what this area covers, in one line.\""] = "\"How to answer platform questions: paved roads, build versus buy, and internal customers.\"",
        ["TODO: what this area tests, and what a strong answer shows."] = "This area tests whether you run the platform as a product with internal customers.",
        ["\"TODO: a signal the interviewer listens for.\""] = "\"Adoption measured, not mandated.\"",
        ["\"TODO: what to pull from it, continuing 'pull ...'.\""] = "\"from the incidents the platform prevented.\"",
    };

    private static readonly Dictionary<string, string> QuestionText = new()
    {
        ["\"TODO: what this question tests.\""] = "\"Whether you weigh total cost of ownership, not only the build.\"",
        ["\"TODO: the first thing to say.\""] = "\"Start from the team's constraint: time, money or skills.\"",
        ["\"TODO: a signal the interviewer listens for.\""] = "\"A decision with a number behind it.\"",
        ["\"TODO: what to pull from it for this story.\""] = "\"from the outages the bought tool caused or avoided.\"",
        ["label: \"Context\""] = "label: \"The constraint\"",
    };

    /// <summary>Writes the frozen seed, scaffolds and fills the platform area, and builds; the workspace is the caller's to dispose.</summary>
    private static (Workspace Workspace, BuildResult Build) ScaffoldFillAndBuild()
    {
        var workspace = new Workspace(RepoPaths.FrozenHandbook);
        Assert.Equal(ExitCodes.Success, NewRun.Area(workspace, "platform", "Platform engineering").ExitCode);
        Assert.Equal(ExitCodes.Success, NewRun.Question(workspace, "platform", "build-vs-buy", "When do you build instead of buy?", "flagship").ExitCode);
        Assert.Equal(ExitCodes.Success, NewRun.Question(workspace, "platform", "paved-road", "How do you get teams onto a paved road?").ExitCode);

        Fill(workspace["content/areas/platform/area.yml"], "area", AreaText);
        Fill(workspace["content/areas/platform/questions/01-build-vs-buy.yml"], "question", QuestionText);
        Fill(workspace["content/areas/platform/questions/02-paved-road.yml"], "question", QuestionText);
        return (workspace, workspace.Build());
    }

    private static void Fill(string path, string kind, Dictionary<string, string> replacements)
    {
        var text = File.ReadAllText(path);
        foreach (var (placeholder, real) in replacements)
        {
            Assert.Contains(placeholder, text);
            text = text.Replace(placeholder, real);
        }

        Assert.DoesNotContain(text.Split('\n'), line => line.Contains("TODO") && !line.TrimStart().StartsWith('#'));
        File.WriteAllText(path, text);
        var (valid, errors) = ContentSchemas.Check(kind, File.ReadAllBytes(path));
        Assert.True(valid, errors);
    }

    [Fact]
    public void A_scaffolded_and_filled_area_builds_with_no_errors_or_warnings_and_is_in_the_navigation_and_sitemap()
    {
        var (workspace, build) = ScaffoldFillAndBuild();
        using var _ = workspace;
        Assert.Equal("", build.Stderr);
        Assert.Equal(ExitCodes.Success, build.ExitCode);
        Assert.DoesNotContain("warning", build.Stdout);

        var site = new BuiltSite(workspace.Output);
        var homeNav = site.Page("index.html").QuerySelectorAll("nav.sidebar a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Platform engineering", "./platform/"), homeNav);
        Assert.True(homeNav.IndexOf(("Platform engineering", "./platform/")) > homeNav.IndexOf(("Reliability & SRE partnership", "./reliability-sre/")),
            "order 20 puts the new area after the existing one");

        var areaNav = site.Page("platform/index.html").QuerySelectorAll("nav.sidebar a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("When do you build instead of buy?", "../platform/build-vs-buy/"), areaNav);
        Assert.Contains(("How do you get teams onto a paved road?", "../platform/paved-road/"), areaNav);
        Assert.Contains("Platform engineering", site.Page("index.html").QuerySelector(".cards")!.TextContent);

        // No sitemap without --base-url (GuideTests checks the new pages in one built with it).
        Assert.False(File.Exists(Path.Combine(workspace.Output, "sitemap.xml")));

        Assert.DoesNotContain(site.HtmlFiles, page => site.Text(page).Contains("TODO"));
    }

    [Fact]
    public void A_scaffolded_area_is_in_the_search_index()
    {
        var (workspace, build) = ScaffoldFillAndBuild();
        using var _ = workspace;
        Assert.Equal(ExitCodes.Success, build.ExitCode);
        var searchDir = Path.Combine(workspace.Output, "search");
        var index = new SearchFiles(Directory.EnumerateFiles(searchDir, "*.js", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(searchDir, f).Replace('\\', '/')[..^".js".Length], File.ReadAllText));

        var documents = index.Names.Where(n => n.StartsWith("d/", StringComparison.Ordinal))
            .ToDictionary(n => int.Parse(n[2..]), n => index.Data(n));
        var area = Assert.Single(documents, d => (string)d.Value["u"]! == "platform/");
        Assert.Equal("Platform engineering", (string)area.Value["t"]!);
        var question = Assert.Single(documents, d => (string)d.Value["u"]! == "platform/build-vs-buy/");
        Assert.Equal("When do you build instead of buy?", (string)question.Value["t"]!);
        Assert.Contains(question.Key, index.Posting("buy").Docs);
        Assert.Contains(area.Key, index.Posting("platform").Docs);
    }
}
