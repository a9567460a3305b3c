// Study mode never holds up a reading page's first paint: its scripts are deferred and its stylesheet is loaded by them.
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class StudyFirstPaintTests
{
    [Fact]
    public void No_page_blocks_on_a_study_stylesheet_or_a_study_script()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var site = new BuiltSite(workspace.Output);

        var studyPages = 0;
        foreach (var path in site.HtmlFiles)
        {
            var page = site.Page(path);
            Assert.DoesNotContain(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.EndsWith("study.css", StringComparison.Ordinal));
            var study = page.QuerySelectorAll("script[src*='/study/'], script[src*='vendor/']").ToList();
            Assert.All(study, s => Assert.True(s.HasAttribute("defer"), $"{path}: {s.GetAttribute("src")} is not deferred"));
            if (study.Count > 0) studyPages++;
        }

        Assert.True(studyPages >= 3, $"study scripts on only {studyPages} pages"); // home, area and question pages at least
        Assert.True(File.Exists(Path.Combine(workspace.Output, "assets", "study.css")));
    }
}
