// The search dialog in Chromium: shortcuts, the keyboard path to a section, ?q=, file://, a base path, small screens, no JS.
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class SearchUiTests(HandbookSiteFixture site)
{
    private static ILocator Input(IPage page) => page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the handbook" });

    // Page results; the sections listed under a page are links of their own, inside it.
    private static ILocator Results(IPage page) => page.Locator("#search-results > li > a");

    [Fact]
    public async Task Typing_a_query_then_arrow_down_and_enter_lands_on_the_matching_section()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + "reliability-sre/philosophy/");
        await page.Keyboard.PressAsync("/");
        await Expect(Input(page)).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("incident commander");
        await Expect(Results(page).First).ToContainTextAsync("Tell me about a major incident");
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("1 page for “incident commander”.");
        await Expect(Results(page).First.Locator("mark").First).ToHaveTextAsync("incident");

        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(Results(page).First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(site.Server.BaseUrl + "reliability-sre/major-incident/#how-to-answer");
        await Expect(page.Locator("#how-to-answer")).ToBeInViewportAsync();
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Control_k_and_the_button_open_it_escape_closes_it_and_focus_returns()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + "sources/");
        await page.Locator(".site-title").FocusAsync();
        await page.Keyboard.PressAsync("Control+k");
        await Expect(Input(page)).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Search the handbook" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeHiddenAsync();
        await Expect(page.Locator(".site-title")).ToBeFocusedAsync();

        var button = page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true });
        await Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();
        await Expect(Input(page)).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(button).ToBeFocusedAsync();
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Arrow_keys_move_through_results_and_back_and_more_results_load_on_demand()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + "?q=reliability");
        await Expect(Results(page)).ToHaveCountAsync(5);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(Results(page).Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(Input(page)).ToBeFocusedAsync();

        var total = await page.EvaluateAsync<int>("async () => (await handbookSearch.query('reliability')).count");
        Assert.InRange(total, 6, 12);
        await page.GetByRole(AriaRole.Button, new() { Name = "More results" }).ClickAsync();
        await Expect(Results(page)).ToHaveCountAsync(Math.Min(10, total));
        await Expect(Results(page).Nth(5)).ToBeFocusedAsync();
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_query_lives_in_the_url_and_a_shared_url_restores_the_results()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + "?q=scapegoats");
        await Expect(Input(page)).ToHaveValueAsync("scapegoats");
        await Expect(Results(page).First).ToHaveAttributeAsync("href", "./reliability-sre/major-incident/#listening-for");

        await Input(page).FillAsync("Pareto");
        // replaceState is no navigation: poll the URL rather than wait for a load event.
        await Expect(page).ToHaveURLAsync(site.Server.BaseUrl + "?q=Pareto");
        await Expect(Results(page).First).ToHaveAttributeAsync("href", "./reliability-sre/on-call-toil/#flow");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page).ToHaveURLAsync(site.Server.BaseUrl);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task It_works_from_file_urls()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteRoot, "reliability-sre", "index.html")).AbsoluteUri + "?q=Pareto");
        await Expect(Results(page).First).ToHaveAttributeAsync("href", "../reliability-sre/on-call-toil/index.html#flow");
        await Input(page).PressAsync("Enter");
        await page.WaitForURLAsync("**/reliability-sre/on-call-toil/index.html#flow");
        await Expect(page.Locator("h1")).ToHaveTextAsync("How do you keep on-call sustainable and reduce operational toil for your team?");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task It_works_under_a_base_path_and_never_leaves_it()
    {
        await using var server = await SiteServer.StartAsync(site.SiteRoot, "/handbook/");
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(server.BaseUrl + "sources/sev-review/?q=blameless%20culture");
        await Results(page).First.ClickAsync();
        await page.WaitForURLAsync(server.BaseUrl + "reliability-sre/#quick-7");
        await Expect(page.Locator("#quick-7")).ToBeInViewportAsync();
        Assert.Empty(problems);
        Assert.All(server.Requests, r => Assert.True(r.Path.StartsWith("/handbook/", StringComparison.Ordinal) && r.Status < 400, $"{r.Path} {r.Status}"));
        Assert.Contains(server.Requests, r => r.Path.StartsWith("/handbook/search/t/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_earlier_query_never_mixes_its_results_into_the_newer_one()
    {
        // Documents arrive late, and so do the shards the second query needs: the first query's documents land
        // after the second query has cleared the list but before it has its own result.
        var (page, problems) = await site.OpenAsync();
        var slowShards = false;
        await page.RouteAsync("**/search/**", async route =>
        {
            var url = route.Request.Url;
            if (url.Contains("/search/d/", StringComparison.Ordinal)) await Task.Delay(400);
            else if (slowShards && url.Contains("/search/t/", StringComparison.Ordinal)) await Task.Delay(900);
            await route.ContinueAsync();
        });
        await page.GotoAsync(site.Server.BaseUrl + "reliability-sre/");
        await page.Keyboard.PressAsync("/");
        await Input(page).FillAsync("error");
        await Expect(page.Locator("#search-status")).ToContainTextAsync("for “error”");
        slowShards = true;
        await Input(page).FillAsync("error budget");
        await Expect(page.Locator("#search-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("for “error budget”"), new() { Timeout = 10_000 });
        await page.WaitForTimeoutAsync(600);
        var status = await page.Locator("#search-status").TextContentAsync();
        var count = int.Parse(status!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        await Expect(Results(page)).ToHaveCountAsync(Math.Min(count, 5));
        await Expect(Results(page).Filter(new() { HasText = "budget" })).ToHaveCountAsync(Math.Min(count, 5));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(ColorScheme.Light, "rgb(255, 255, 255)", "rgb(255, 224, 102)")]
    [InlineData(ColorScheme.Dark, "rgb(23, 27, 33)", "rgb(107, 83, 0)")]
    public async Task At_320_pixels_it_fits_follows_the_colour_scheme_and_passes_axe(ColorScheme scheme, string surface, string mark)
    {
        var (page, problems) = await site.OpenAsync(320, 640, scheme);
        await page.GotoAsync(site.Server.BaseUrl + "reliability-sre/major-incident/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.Keyboard.TypeAsync("error budget");
        await Expect(Results(page)).ToHaveCountAsync(5);

        var dialog = page.Locator("dialog.search-dialog");
        var box = (await dialog.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 320, $"dialog spans {box.X}..{box.X + box.Width}");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320);
        Assert.Equal(surface, await dialog.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal(mark, await page.Locator("#search-results mark").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        var axe = await dialog.RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Without_javascript_the_search_button_stays_hidden()
    {
        // The <noscript> message itself is checked in BuildSearchIndexStageTests: Playwright's switch leaves the parser
        // in scripting mode, and headless Chromium does not start with Blink's scripting turned off.
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + "reliability-sre/");
        await Expect(page.Locator("[data-search-open]")).ToBeHiddenAsync();
        await page.Keyboard.PressAsync("/");
        await Expect(page.Locator("dialog")).ToHaveCountAsync(0);
        await context.CloseAsync();
    }
}
