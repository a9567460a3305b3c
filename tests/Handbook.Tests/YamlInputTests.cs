// What the YAML pre-scan lets through (standard tags, ordinary anchors, right-to-left marks) and how much it reports of a bad file.
using Handbook.Commands;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class YamlInputTests
{
    [Fact]
    public void Standard_tags_and_aliases_used_as_values_still_load()
    {
        using var workspace = new Workspace();
        workspace.Edit("content/areas/alpha/questions/02-second.yml", "summary: The second question's summary.\n",
            "summary: !!str &s The second question's summary.\nlistening_for:\n  - *s\n  - ! plain\n");
        var result = workspace.Build();
        Assert.Equal(("", ExitCodes.Success), (result.Stderr, result.ExitCode));
        var page = new BuiltSite(workspace.Output).Page("alpha/second/index.html");
        var items = page.QuerySelectorAll("section[aria-labelledby='listening-for'] li").Select(li => li.TextContent);
        Assert.Equal(["The second question's summary.", "plain"], items);
    }

    [Fact]
    public void Right_to_left_marks_are_allowed()
    {
        using var workspace = new Workspace();
        workspace.Edit("content/areas/alpha/area.yml", "title: Alpha area\n", "title: \"Alpha \u200F\u200E\u061C area\"\n");
        var result = workspace.Build();
        Assert.Equal(("", ExitCodes.Success), (result.Stderr, result.ExitCode));
        Assert.Equal("Alpha \u200F\u200E\u061C area", new BuiltSite(workspace.Output).Page("alpha/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void At_most_ten_control_characters_are_reported_per_file()
    {
        using var workspace = new Workspace();
        workspace.Write("content/areas/alpha/questions/03-x.yml", "question: " + new string('\0', 5000) + "\n");
        var result = workspace.Build();
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Equal(10, result.Diagnostics.Count);
        Assert.Equal("content/areas/alpha/questions/03-x.yml(1,20): error HB0035: The text holds the control character U+0000 (NULL); remove it.",
            result.Diagnostics[^1]);
    }

    [Fact]
    public void A_key_given_twice_is_a_located_syntax_error()
    {
        using var workspace = new Workspace();
        workspace.Write("content/areas/alpha/questions/03-x.yml", "question: One?\nquestion: Two?\n");
        var result = workspace.Build();
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        var line = Assert.Single(result.Diagnostics);
        Assert.StartsWith("content/areas/alpha/questions/03-x.yml(2,1): error HB0001: Invalid YAML: ", line);
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}
