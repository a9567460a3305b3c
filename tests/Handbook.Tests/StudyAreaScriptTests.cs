// The area's study script: every question and quick-fire question once, as data that no title can break out of.
using System.Text.Json;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class StudyAreaScriptTests
{
    private static JsonElement Read(Workspace workspace) =>
        StudyAreaData.Parse(File.ReadAllText(Path.Combine(workspace.Output, "alpha", "study-questions.js")))
        ?? throw new Xunit.Sdk.XunitException("study-questions.js is not one assignment of a JSON object");

    [Fact]
    public void Lists_the_areas_questions_by_study_id_and_each_question_page_loads_it()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var ids = Read(workspace).GetProperty("questions").EnumerateArray().Select(q => q[0].GetString()).ToList();
        Assert.Equal(["alpha/first/", "alpha/second/"], ids.Where(id => !id!.Contains('#')));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var page = new BuiltSite(workspace.Output).Page("alpha/first/index.html");
        var pageUrl = new Uri("http://site/alpha/first/");
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => new Uri(pageUrl, s.GetAttribute("src")).AbsolutePath == "/alpha/study-questions.js");
        Assert.Empty(page.QuerySelectorAll("[data-story-link]")); // drawn by story.js, not repeated in every page
    }

    [Fact]
    public void A_title_cannot_end_the_script()
    {
        using var workspace = new Workspace();
        workspace.Edit("content/areas/alpha/questions/01-first.yml", "question: Tell me about the first thing.",
            "question: \"Tell me </script><script>alert(1)</script> about it.\"");
        Assert.Equal(0, workspace.Build().ExitCode);
        var text = File.ReadAllText(Path.Combine(workspace.Output, "alpha", "study-questions.js"));
        Assert.DoesNotContain("<", text);
        Assert.Contains(Read(workspace).GetProperty("questions").EnumerateArray(), q => q[1].GetString()!.Contains("</script><script>alert(1)</script>"));
    }
}
