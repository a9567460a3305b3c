// Study mode's story bank: a story written on one question page, linked to another, survives a reload and shows in coverage.
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class StudyStoryTests(HandbookSiteFixture site)
{
    [Fact]
    public async Task A_story_linked_to_two_questions_survives_a_reload_and_coverage_shows_both()
    {
        var (page, problems) = await site.OpenAsync();
        var requests = new List<IRequest>();
        page.Request += (_, request) => requests.Add(request);
        var questions = await StudyPage.QuestionsAsync(page, site.Server.BaseUrl + PageTypes.Area);
        Assert.True(questions.Length >= 2, "the area needs two questions");
        var (first, second) = (questions[0], questions[1]);

        await page.GotoAsync(first.Url);
        await StudyPage.WriteStoryAsync(page, "Checkout outage 2024", "Payments were down for 40 minutes", "MTTR 40 to 12 min", second.Id);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#story-title")).ToHaveValueAsync("Checkout outage 2024");
        Assert.Equal("Payments were down for 40 minutes", await page.Locator("[data-story-phase]").First.InputValueAsync());
        Assert.Equal("MTTR 40 to 12 min", await page.Locator("#story-number").InputValueAsync());
        Assert.True(await page.Locator($"[data-story-link][value=\"{second.Id}\"]").IsCheckedAsync());
        Assert.Equal("drafted", await page.Locator("#study-progress").InputValueAsync());

        // The second question shows the story it was linked to, from its own page.
        await page.GotoAsync(second.Url);
        await Assertions.Expect(page.Locator("#story-title")).ToHaveValueAsync("Checkout outage 2024");

        foreach (var url in new[] { site.Server.BaseUrl + PageTypes.Area, site.Server.BaseUrl })
        {
            await page.GotoAsync(url);
            var coverage = page.Locator("[data-study-coverage]");
            await coverage.WaitForAsync();
            foreach (var q in new[] { first, second })
                Assert.Equal("Story: Checkout outage 2024", await coverage.Locator($"li[data-question=\"{q.Id}\"] [data-cell=story]").TextContentAsync());
            Assert.Equal("Checkout outage 2024: 2 questions", await coverage.Locator("[data-coverage-multi] li").TextContentAsync());
            Assert.Matches(@"^2 of \d+ questions have a story\.$", await coverage.Locator("[data-coverage-summary]").TextContentAsync());
        }

        // The sidebar marks the drafted questions on the area page.
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Area);
        Assert.Equal(2, await page.Locator(".sidebar .study-mark[data-state=drafted]").CountAsync());

        var origin = new Uri(site.Server.BaseUrl).GetLeftPart(UriPartial.Authority);
        Assert.All(requests, r => Assert.StartsWith(origin, r.Url));
        Assert.All(requests, r => Assert.DoesNotContain("Checkout", r.Url + r.PostData, StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => r.Method != "GET");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Progress_set_by_hand_shows_on_the_area_page_and_in_the_sidebar()
    {
        var (page, problems) = await site.OpenAsync();
        var questions = await StudyPage.QuestionsAsync(page, site.Server.BaseUrl + PageTypes.Area);
        await page.GotoAsync(questions[0].Url);
        await page.Locator("#study-progress").SelectOptionAsync("confident");
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Area);
        Assert.Equal("Confident", await page.Locator($"li[data-question=\"{questions[0].Id}\"] [data-cell=progress]").TextContentAsync());
        Assert.Equal(" (Confident)", await page.Locator(".sidebar .study-mark").TextContentAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task From_file_urls_progress_is_kept_and_marked_in_the_sidebar()
    {
        var (page, problems) = await site.OpenAsync();
        string FileUrl(string folder) => new Uri(Path.Combine(site.SiteRoot, folder, "index.html")).AbsoluteUri;
        await page.GotoAsync(FileUrl(PageTypes.Question));
        await page.Locator("#study-progress").SelectOptionAsync("confident");

        // Another page of the site on disk, whose sidebar links read "../major-incident/index.html".
        await page.GotoAsync(FileUrl(PageTypes.Area));
        var mark = page.Locator(".sidebar a[href$='major-incident/index.html'] .study-mark");
        await Assertions.Expect(mark).ToHaveTextAsync(" (Confident)");
        Assert.Equal(1, await page.Locator(".sidebar .study-mark").CountAsync());
        await page.GotoAsync(FileUrl(PageTypes.Question.Replace("major-incident", "on-call-toil", StringComparison.Ordinal)));
        await Assertions.Expect(page.Locator(".sidebar a[href$='major-incident/index.html'] .study-mark")).ToHaveTextAsync(" (Confident)");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task With_JavaScript_off_no_study_panel_shows()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        foreach (var path in new[] { PageTypes.Home, PageTypes.Area, PageTypes.Question })
        {
            await page.GotoAsync(site.Server.BaseUrl + path);
            var text = await page.Locator("body").InnerTextAsync();
            Assert.DoesNotContain("My story", text, StringComparison.Ordinal);
            Assert.DoesNotContain("My study notes", text, StringComparison.Ordinal);
            Assert.DoesNotContain("My stories and progress", text, StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator(".study:visible").CountAsync());
        }

        await context.CloseAsync();
    }
}
