// The sidebar of a large area lists a window around the page and links to the full list, so page size stays bounded.
using Handbook.Templates;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class SidebarTests
{
    private static void AddQuestions(Workspace workspace, int count)
    {
        for (var i = 3; i < 3 + count; i++)
            workspace.Write($"content/areas/alpha/questions/{i:D3}-extra-{i}.yml", QuestionFile($"Extra question {i}?"));
    }

    private static string QuestionFile(string question) =>
        $"question: {question}\nsummary: S.\nflow:\n  - One\n  - Two\nhow_to_answer:\n  - A bullet.\n";

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

    /// <summary>Areas "Area 001" ... after the fixture's alpha (order 10), each with one question.</summary>
    private static void AddAreas(Workspace workspace, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            workspace.Write($"content/areas/z{i:D3}/area.yml", $"title: Area {i:D3}\norder: {100 + i}\nsummary: S.\n");
            workspace.Write($"content/areas/z{i:D3}/questions/01-only.yml", QuestionFile($"Only question of area {i}?"));
        }
    }

    private static List<string> SidebarAreas(BuiltSite site, string page) =>
        [.. site.Page(page).QuerySelectorAll(".sidebar .nav-list > li > a").Select(a => a.TextContent)];

    [Fact]
    public void A_handbook_with_few_areas_lists_every_one_and_no_link_to_the_full_list()
    {
        using var workspace = new Workspace();
        AddAreas(workspace, SiteModelBuilder.SidebarAreaLimit - 1);
        Assert.Equal(0, workspace.Build().ExitCode);

        var areas = SidebarAreas(new BuiltSite(workspace.Output), "z030/only/index.html");
        Assert.Equal(SiteModelBuilder.SidebarAreaLimit + 2, areas.Count); // home, every area, the sources
        Assert.DoesNotContain(areas, a => a.StartsWith("All ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_handbook_with_many_areas_lists_the_areas_around_the_page_and_links_to_the_home_pages_list_of_all()
    {
        using var workspace = new Workspace();
        AddAreas(workspace, SiteModelBuilder.SidebarAreaLimit + 19);
        Assert.Equal(0, workspace.Build().ExitCode); // the link check resolves the "All areas" link and its anchor

        var site = new BuiltSite(workspace.Output);
        var total = SiteModelBuilder.SidebarAreaLimit + 20;
        var middle = SidebarAreas(site, "z030/only/index.html");
        Assert.Equal(["Home", .. Enumerable.Range(20, 21).Select(i => $"Area {i:D3}"), $"All {total} areas", "Where to get your data"], middle);
        var all = site.Page("z030/only/index.html").QuerySelectorAll(".sidebar .nav-all a").Single(a => a.TextContent == $"All {total} areas");
        Assert.Equal("../../#areas", all.GetAttribute("href"));
        Assert.Equal(total, site.Page("index.html").QuerySelectorAll("#areas ~ ul.cards > li").Length);

        // A page of no area lists the first ones; the last area's page, the last ones.
        Assert.Equal(["Home", "Alpha area", .. Enumerable.Range(1, 20).Select(i => $"Area {i:D3}"), $"All {total} areas", "Where to get your data"],
            SidebarAreas(site, "sources/index.html"));
        Assert.Equal($"Area {total - 1:D3}", SidebarAreas(site, $"z{total - 1:D3}/only/index.html")[^3]);
    }

    [Fact]
    public void A_question_page_does_not_grow_with_the_number_of_areas()
    {
        long PageBytes(int areas)
        {
            using var workspace = new Workspace();
            AddAreas(workspace, areas);
            Assert.Equal(0, workspace.Build().ExitCode);
            return new FileInfo(Path.Combine(workspace.Output, "z030", "only", "index.html")).Length;
        }

        var (inSixty, inTwoHundred) = (PageBytes(SiteModelBuilder.SidebarAreaLimit + 10), PageBytes(200));
        Assert.True(inTwoHundred < inSixty * 1.05, $"{inSixty:N0} bytes in a handbook of 61 areas, {inTwoHundred:N0} in one of 201");
    }
}
