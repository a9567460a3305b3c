// Where a search result lands: the matched words marked until Escape, several sections of one page, and the nearest titles when nothing matches.
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class SearchLandingTests(HandbookSiteFixture site)
{
    private static ILocator Hits(IPage page) => page.Locator("#main mark.search-hit");

    [Fact]
    public async Task The_landing_page_marks_the_matched_words_but_not_low_weight_ones_until_escape()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + "?q=SLA%20vs%20SLO");
        var first = page.Locator("#search-results > li > a").First;
        await Expect(first).ToHaveAttributeAsync("href", "./reliability-sre/#quick-1");
        await first.ClickAsync();
        await page.WaitForURLAsync(site.Server.BaseUrl + "reliability-sre/#quick-1");

        await Expect(page.Locator("#quick-1 mark.search-hit").First).ToBeVisibleAsync();
        var marked = (await Hits(page).AllTextContentsAsync()).Select(t => t.ToLowerInvariant()).Distinct().Order().ToList();
        Assert.Equal(["sla", "slo"], marked);
        Assert.Equal(0, await page.Locator("svg mark").CountAsync());

        await page.Keyboard.PressAsync("Escape");
        await Expect(Hits(page)).ToHaveCountAsync(0);
        Assert.Contains("SLI, an SLO, and an SLA", await page.Locator("#quick-1").TextContentAsync());
        await page.ReloadAsync();
        await Expect(Hits(page)).ToHaveCountAsync(0);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Marks_work_from_file_urls_and_only_on_the_page_the_result_opened()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteRoot, "index.html")).AbsoluteUri + "?q=Pareto");
        await page.Locator("#search-input").PressAsync("Enter");
        await page.WaitForURLAsync("**/reliability-sre/on-call-toil/index.html#flow");
        await Expect(Hits(page).First).ToHaveTextAsync("Pareto");

        await page.GotoAsync(new Uri(Path.Combine(site.SiteRoot, "reliability-sre", "philosophy", "index.html")).AbsoluteUri);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Expect(Hits(page)).ToHaveCountAsync(0);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Other_matching_sections_of_a_page_are_links_under_it_reached_by_tab()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + "?q=error%20budget");
        var first = page.Locator("#search-results > li").First;
        await Expect(first.Locator(":scope > a")).ToHaveAttributeAsync("href", "./reliability-sre/slos-error-budgets/");
        var sections = first.Locator(".search-sections a");
        await Expect(sections.First).ToBeVisibleAsync();
        var hrefs = await sections.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.All(hrefs, h => Assert.StartsWith("./reliability-sre/slos-error-budgets/#", h));
        Assert.Equal(hrefs.Length, hrefs.Distinct().Count());

        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(first.Locator(":scope > a")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(sections.First).ToBeFocusedAsync();
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Pages_with_only_some_of_the_words_follow_under_their_own_heading()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + "?q=Pareto%20toil");
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("1 page for “Pareto toil”.");
        var items = page.Locator("#search-results > li");
        await Expect(items.Nth(0).Locator(":scope > a")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^\\./reliability-sre/on-call-toil/"));
        await Expect(items.Nth(1)).ToHaveTextAsync("Pages with some of the words");
        await Expect(items.Nth(2).Locator(":scope > a .search-excerpt mark").First).ToHaveTextAsync("toil");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task An_empty_result_offers_the_nearest_titles()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + "?q=zzreliabilityzz%20zzinvestmentzz");
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("No results for “zzreliabilityzz zzinvestmentzz”. The nearest titles:");
        await Expect(page.Locator("#search-results > li > a").First).ToHaveAttributeAsync("href", "./reliability-sre/reliability-investment/");

        await page.Locator("#search-input").FillAsync("zzzz qqqq");
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("No results for “zzzz qqqq”.");
        await Expect(page.Locator("#search-results li")).ToHaveCountAsync(0);
        Assert.Empty(problems);
    }
}
