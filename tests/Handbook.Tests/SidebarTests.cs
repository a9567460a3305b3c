// The sidebar of a large area lists a window around the page and links to the full list, so page size stays bounded.
using Handbook.Templates;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class SidebarTests
{
    private static void AddQuestions(Workspace workspace, int count)
    {
        for (var i = 3; i < 3 + count; i++)
            workspace.Write($"content/areas/alpha/questions/{i:D3}-extra-{i}.yml",
                $"question: Extra question {i}?\nsummary: S.\nflow:\n  - One\n  - Two\nhow_to_answer:\n  - A bullet.\n");
    }

    private static List<string> SidebarTitles(BuiltSite site, string page) =>
        [.. site.Page(page).QuerySelectorAll(".sidebar .nav-list > li > ul:not(.nav-extra) > li > a").Select(a => a.TextContent)];

    [Fact]
    public void A_small_area_lists_every_question_and_no_link_to_the_full_list()
    {
        using var workspace = new Workspace();
        AddQuestions(workspace, SiteModelBuilder.SidebarQuestionLimit - 2);
        Assert.Equal(0, workspace.Build().ExitCode);

        var titles = SidebarTitles(new BuiltSite(workspace.Output), "alpha/extra-10/index.html");
        Assert.Equal(SiteModelBuilder.SidebarQuestionLimit, titles.Count);
        Assert.DoesNotContain(titles, t => t.StartsWith("All ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_large_area_lists_the_questions_around_the_page_and_links_to_all_of_them()
    {
        using var workspace = new Workspace();
        AddQuestions(workspace, 198);
        Assert.Equal(0, workspace.Build().ExitCode); // the link check resolves the "All questions" link and its anchor

        var site = new BuiltSite(workspace.Output);
        var middle = SidebarTitles(site, "alpha/extra-100/index.html");
        Assert.Equal(22, middle.Count);
        Assert.Equal("Extra question 90?", middle[0]);
        Assert.Equal("Extra question 100?", middle[10]);
        Assert.Equal("Extra question 110?", middle[20]);
        Assert.Equal("All 200 questions", middle[21]);
        Assert.Equal("page", site.Page("alpha/extra-100/index.html").QuerySelector(".sidebar a[aria-current]")!.GetAttribute("aria-current"));

        var first = SidebarTitles(site, "alpha/first/index.html");
        Assert.Equal(22, first.Count);
        Assert.Equal("Tell me about the first thing.", first[0]);
        var last = SidebarTitles(site, "alpha/extra-200/index.html");
        Assert.Equal("Extra question 200?", last[20]);
        var listed = site.Page("alpha/index.html").QuerySelectorAll("section[aria-labelledby=questions] a[href]").Select(a => a.GetAttribute("href")).Distinct();
        Assert.Equal(200, listed.Count()); // the full list the sidebar links to
    }

    [Fact]
    public void A_question_page_does_not_grow_with_its_area()
    {
        // Whatever a page repeats of its area (sidebar, the story panel's question list) must be bounded or shared.
        long PageBytes(int extra)
        {
            using var workspace = new Workspace();
            AddQuestions(workspace, extra);
            Assert.Equal(0, workspace.Build().ExitCode);
            return new FileInfo(Path.Combine(workspace.Output, "alpha", "extra-30", "index.html")).Length;
        }

        var (inSixty, inFourHundred) = (PageBytes(SiteModelBuilder.SidebarQuestionLimit + 10), PageBytes(400));
        Assert.True(inFourHundred < inSixty * 1.05, $"{inSixty:N0} bytes in an area of 62 questions, {inFourHundred:N0} in one of 402");
    }
}
