// `new area` and `new question`: valid, commented starters that build clean at once, a printed list of what was written, no overwrites.
using Handbook.Commands;
using Handbook.Tests.SchemaSupport;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class NewCommandTests
{
    private static string Read(Workspace w, string relative) => File.ReadAllText(w[relative]);

    // A starter builds at once; what it still asks of the writer is its TODOs (HB0080), and nothing else.
    private static void AssertBuiltWithOnlyTodoWarnings(BuildResult build)
    {
        Assert.Equal(ExitCodes.Success, build.ExitCode);
        Assert.NotEmpty(build.Diagnostics);
        Assert.All(build.Diagnostics, d => Assert.Contains(": warning HB0080: A TODO is left", d));
    }

    [Fact]
    public void New_area_writes_a_commented_starter_that_passes_its_schema_and_builds_clean()
    {
        using var workspace = new Workspace();
        var result = NewRun.Area(workspace, "platform", "Platform engineering");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.StartsWith("Wrote content/areas/platform/area.yml\n", result.Stdout.Replace("\r", ""));
        Assert.Equal(["area.yml"], Directory.GetFiles(workspace["content/areas/platform"]).Select(Path.GetFileName));
        var text = Read(workspace, "content/areas/platform/area.yml");
        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/area.schema.json\n", text);
        Assert.Contains("order: 20\n", text); // after alpha's 10
        Assert.Contains("shape: carl\n", text);
        Assert.True(text.Split('\n').Count(l => l.TrimStart().StartsWith('#')) >= 10, "the starter explains its fields in comments");
        var (valid, errors) = ContentSchemas.Check("area", File.ReadAllBytes(workspace["content/areas/platform/area.yml"]));
        Assert.True(valid, errors);

        var build = workspace.Build();
        AssertBuiltWithOnlyTodoWarnings(build);
        Assert.Equal("Platform engineering", new BuiltSite(workspace.Output).Page("platform/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void New_question_lays_the_flow_on_the_area_shape_and_numbers_the_file_after_the_last_question()
    {
        using var workspace = new Workspace();
        var result = NewRun.Question(workspace, "alpha", "build-vs-buy", "How do you decide between building and buying?", "flagship");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        const string file = "content/areas/alpha/questions/03-build-vs-buy.yml";
        Assert.StartsWith($"Wrote {file}\n", result.Stdout.Replace("\r", ""));
        var text = Read(workspace, file);
        Assert.StartsWith("# yaml-language-server: $schema=../../../schemas/question.schema.json\n", text);
        Assert.Contains("kind: \"flagship\"\n", text);
        foreach (var phase in new[] { "context", "actions", "results", "learnings" }) Assert.Contains($"    phase: {phase}\n", text);
        Assert.Contains("  - source: sev-review\n", text);
        var (valid, errors) = ContentSchemas.Check("question", File.ReadAllBytes(workspace[file]));
        Assert.True(valid, errors);

        var build = workspace.Build();
        AssertBuiltWithOnlyTodoWarnings(build);
        var page = new BuiltSite(workspace.Output).Page("alpha/build-vs-buy/index.html");
        Assert.Equal("How do you decide between building and buying?", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(4, page.QuerySelectorAll("svg.diagram-rows .diagram-step").Length);
    }

    [Fact]
    public void Titles_and_questions_are_written_exactly_as_typed_whatever_characters_they_hold()
    {
        using var workspace = new Workspace();
        const string title = "Build: \"buy\" or #borrow — l'économie \\ 'quotes'";
        Assert.Equal(ExitCodes.Success, NewRun.Area(workspace, "odd", title).ExitCode);
        Assert.Equal(ExitCodes.Success, NewRun.Question(workspace, "odd", "why", "Why: [really] {now}? - & * ! | > %", "kind: odd").ExitCode);
        var build = workspace.Build();
        AssertBuiltWithOnlyTodoWarnings(build);
        var site = new BuiltSite(workspace.Output);
        Assert.Equal(title, site.Page("odd/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Why: [really] {now}? - & * ! | > %", site.Page("odd/why/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("kind: odd", site.Page("odd/why/index.html").QuerySelector(".badge")!.TextContent);
    }

    [Fact]
    public void A_question_in_an_area_without_a_shape_gets_plain_flow_steps()
    {
        using var workspace = new Workspace();
        workspace.Write("content/areas/beta/area.yml", "title: Beta\norder: 20\nsummary: No shape.\n");
        Assert.Equal(ExitCodes.Success, NewRun.Question(workspace, "beta", "plain", "Plain?").ExitCode);
        var text = Read(workspace, "content/areas/beta/questions/01-plain.yml");
        Assert.DoesNotContain("phase:", text);
        Assert.Contains("# kind: flagship\n", text);
        var build = workspace.Build();
        AssertBuiltWithOnlyTodoWarnings(build);
    }

    [Fact]
    public void Nothing_is_ever_overwritten()
    {
        using var workspace = new Workspace();
        var before = Read(workspace, "content/areas/alpha/area.yml");
        var area = NewRun.Area(workspace, "alpha", "Again");
        Assert.Equal(ExitCodes.UsageErrors, area.ExitCode);
        Assert.Equal("error HB0110: Area 'alpha' already exists: content/areas/alpha/area.yml. Nothing was written.\n", area.Stderr.Replace("\r", ""));
        Assert.Equal(before, Read(workspace, "content/areas/alpha/area.yml"));

        Assert.Equal(ExitCodes.Success, NewRun.Question(workspace, "alpha", "third", "Third?").ExitCode);
        File.AppendAllText(workspace["content/areas/alpha/questions/03-third.yml"], "# my edits\n");
        var again = NewRun.Question(workspace, "alpha", "third", "Third again?");
        Assert.Equal(ExitCodes.UsageErrors, again.ExitCode);
        Assert.Contains("error HB0110: Question 'third' already exists in area 'alpha'", again.Stderr);
        Assert.EndsWith("# my edits\n", Read(workspace, "content/areas/alpha/questions/03-third.yml"));
        Assert.Equal("", again.Stdout);
    }

    [Fact]
    public void The_starter_writer_refuses_an_existing_file_even_without_the_model_knowing_it()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir["x.yml"], "mine");
        Assert.False(Handbook.Scaffold.StarterWriter.TryWrite(dir["x.yml"], "theirs"));
        Assert.Equal("mine", File.ReadAllText(dir["x.yml"]));
        Assert.True(Handbook.Scaffold.StarterWriter.TryWrite(dir["sub/y.yml"], "new"));
        Assert.Equal("new", File.ReadAllText(dir["sub/y.yml"]));
    }

    [Theory]
    [InlineData("Platform_Eng", "x", "error HB0005: 'Platform_Eng' is not a valid area slug: use lowercase letters, digits and single hyphens, at most 64 characters (e.g. 'platform-eng').")]
    [InlineData("evil\n", "x", "error HB0005: 'evil\\u000a' is not a valid area slug: use lowercase letters, digits and single hyphens, at most 64 characters (e.g. 'evil').")]
    [InlineData("sources", "x", "error HB0100: Area slug 'sources' is reserved for the site's own pages (sources, assets, search, 404, drill).")]
    [InlineData("platform", "  ", "error HB0100: --title must not be empty.")]
    public void Bad_area_arguments_are_usage_errors_and_write_nothing(string slug, string title, string expected)
    {
        using var workspace = new Workspace();
        var result = NewRun.Area(workspace, slug, title);
        Assert.Equal((ExitCodes.UsageErrors, expected + "\n"), (result.ExitCode, result.Stderr.Replace("\r", "")));
        Assert.Equal(["alpha"], Directory.GetDirectories(workspace["content/areas"]).Select(Path.GetFileName));
    }

    [Fact]
    public void A_slug_too_long_for_a_path_is_a_usage_error_not_an_exception()
    {
        using var workspace = new Workspace();
        var slug = new string('a', 300);
        var area = NewRun.Area(workspace, slug, "Long");
        Assert.Equal(ExitCodes.UsageErrors, area.ExitCode);
        Assert.Equal($"error HB0005: '{new string('a', 61)}...' is not a valid area slug: use lowercase letters, digits and single hyphens, at most 64 characters (e.g. '{new string('a', 64)}').\n",
            area.Stderr.Replace("\r", ""));
        Assert.Equal(["alpha"], Directory.GetDirectories(workspace["content/areas"]).Select(Path.GetFileName));

        var question = NewRun.Question(workspace, "alpha", new string('q', 65), "Q?");
        Assert.Equal(ExitCodes.UsageErrors, question.ExitCode);
        Assert.StartsWith("error HB0005: 'qqq", question.Stderr);
        Assert.Equal(2, Directory.GetFiles(workspace["content/areas/alpha/questions"]).Length);

        // 64 characters is a slug: the limit is the documented one, not one below it.
        Assert.Equal(ExitCodes.Success, NewRun.Question(workspace, "alpha", new string('q', 64), "Q?").ExitCode);
    }

    [Fact]
    public void A_question_may_not_take_the_name_of_the_area_print_page()
    {
        using var workspace = new Workspace();
        var result = NewRun.Question(workspace, "alpha", "print", "Q?");
        Assert.Equal((ExitCodes.UsageErrors, "error HB0100: Question slug 'print' is reserved for the area's printable page.\n"),
            (result.ExitCode, result.Stderr.Replace("\r", "")));
        Assert.False(File.Exists(workspace["content/areas/alpha/questions/03-print.yml"]));
    }

    [Fact]
    public void A_question_may_not_take_the_name_of_the_area_sheet()
    {
        using var workspace = new Workspace();
        var result = NewRun.Question(workspace, "alpha", "sheet", "Q?");
        Assert.Equal((ExitCodes.UsageErrors, "error HB0100: Question slug 'sheet' is reserved for the area's night-before sheet.\n"),
            (result.ExitCode, result.Stderr.Replace("\r", "")));
        Assert.False(File.Exists(workspace["content/areas/alpha/questions/03-sheet.yml"]));
    }

    [Fact]
    public void An_unknown_area_gets_a_did_you_mean()
    {
        using var workspace = new Workspace();
        var result = NewRun.Question(workspace, "alpah", "q", "Q?");
        Assert.Equal(ExitCodes.UsageErrors, result.ExitCode);
        Assert.Equal("error HB0111: There is no area 'alpah' in content/areas. Did you mean 'alpha'? Areas: alpha.\n", result.Stderr.Replace("\r", ""));
    }

    [Fact]
    public void Broken_content_is_reported_and_nothing_is_written()
    {
        using var workspace = new Workspace();
        workspace.Write("content/evidence.yml", "sources:\n  - id: Bad Id\n    name: X\n");
        var result = NewRun.Area(workspace, "platform", "Platform");
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("content/evidence.yml(2,9): error HB0005:", result.Stderr);
        Assert.Contains("Nothing was written", result.Stderr);
        Assert.False(Directory.Exists(workspace["content/areas/platform"]));
    }

    [Fact]
    public void The_content_option_points_new_at_another_folder()
    {
        using var workspace = new Workspace();
        TempDir.Copy(workspace.Content, workspace["fork/content"]);
        var result = NewRun.Area(workspace, "platform", "Platform", content: "fork/content");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("Wrote fork/content/areas/platform/area.yml", result.Stdout);
        Assert.False(Directory.Exists(workspace["content/areas/platform"]));
    }
}
