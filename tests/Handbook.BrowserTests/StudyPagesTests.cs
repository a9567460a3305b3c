// The sheet and drill pages as the reading pages are held: axe light and dark, 320 px, keyboard only, nothing off the origin, JavaScript off.
using Handbook.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class StudyPagesTests(HandbookSiteFixture site)
{
    private const string Sheet = PageTypes.Area + "sheet/";
    private const string Drill = "drill/";

    /// <summary>Opens the page once its study script has run: the sheet names its gaps, the drill shows its panel.</summary>
    private async Task OpenReadyAsync(IPage page, string path)
    {
        await page.GotoAsync(site.Server.BaseUrl + path);
        await page.Locator(path == Drill ? "[data-study-drill]:visible" : "[data-sheet-missing]:visible").WaitForAsync();
    }

    [Theory]
    [InlineData(Sheet, false)]
    [InlineData(Sheet, true)]
    [InlineData(Drill, false)]
    [InlineData(Drill, true)]
    public async Task No_axe_violations(string path, bool dark)
    {
        var (page, problems) = await site.OpenAsync(scheme: dark ? ColorScheme.Dark : ColorScheme.Light);
        await OpenReadyAsync(page, path);
        var (violations, passes) = await WcagAxe.RunAsync(page);
        Assert.Empty(violations);
        Assert.True(passes > 10, "axe ran too few rules to be meaningful");
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(Sheet)]
    [InlineData(Drill)]
    public async Task Nothing_scrolls_sideways_at_320_px(string path)
    {
        var (page, problems) = await site.OpenAsync(width: 320, height: 640);
        await OpenReadyAsync(page, path);
        Assert.Equal(320, await page.EvaluateAsync<int>("document.documentElement.scrollWidth"));
        var widest = await page.EvaluateAsync<double>("Math.max(...[...document.querySelectorAll('main *')].filter(e => e.checkVisibility()).map(e => e.getBoundingClientRect().right))");
        Assert.True(widest <= 320, $"an element of the page reaches {widest} px");
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(Sheet, 1280)]
    [InlineData(Sheet, 390)]
    [InlineData(Drill, 1280)]
    [InlineData(Drill, 390)]
    public async Task Every_control_is_reached_by_Tab_with_a_visible_focus(string path, int width)
    {
        var (page, problems) = await site.OpenAsync(width: width);
        await OpenReadyAsync(page, path);
        var (reached, expected) = await KeyboardTour.RunAsync(page);
        Assert.True(reached >= expected, $"reached {reached} of {expected} visible controls by Tab");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_drill_is_used_with_the_keyboard_alone()
    {
        var (page, problems) = await site.OpenAsync();
        await OpenReadyAsync(page, Drill);
        await Expect(page.Locator("[data-drill-round]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Question 1 of "));
        var first = await page.Locator("[data-drill-link]").TextContentAsync();

        // To the scope, and from it to an area with the arrow key: the round starts again over that area only.
        await page.Locator("#drill-scope").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var area = await page.Locator("#drill-scope").InputValueAsync();
        Assert.NotEqual("", area);
        var inArea = await page.Locator($"[data-drill-question][data-area=\"{area}\"]").CountAsync();
        await Expect(page.Locator("[data-drill-round]")).ToHaveTextAsync($"Question 1 of {inArea} in this round.");

        // Tab on to "Good" and press it: the next question comes, and focus goes to it so a reader hears it.
        for (var i = 0; i < 20 && await page.EvaluateAsync<string>("document.activeElement.textContent") != "Good"; i++) await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-drill-round]")).ToHaveTextAsync($"Question 2 of {inArea} in this round.");
        await Expect(page.Locator("[data-drill-status]")).ToContainTextAsync("Good: next review");
        Assert.Equal("drill-question", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.NotNull(first);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_area_pages_drill_link_drills_that_area_only()
    {
        // A fork with a second area, so "that area only" can fail: the real handbook's copy under another slug and title.
        using var workspace = new Workspace(RepoPaths.Content);
        TempDir.Copy(workspace["content/areas/" + PageTypes.Area], workspace["content/areas/second-area"]);
        workspace.Edit("content/areas/second-area/area.yml", "title: ", "title: Second copy of ");
        workspace.Edit("content/areas/second-area/area.yml", "order: 10", "order: 20");
        var result = workspace.Build();
        Assert.True(result.ExitCode == 0, result.Stderr);
        await using var server = await SiteServer.StartAsync(workspace.Output);

        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(server.BaseUrl + "second-area/");
        var link = page.Locator("[data-drill-area=\"second-area/\"]");
        await link.ClickAsync();
        await page.Locator("[data-study-drill]:visible").WaitForAsync();
        Assert.Equal("second-area/", await page.Locator("#drill-scope").InputValueAsync());

        // A whole round is the area's own questions, each once; the handbook holds as many again from the first area.
        var own = await page.Locator("[data-drill-question][data-area=\"second-area/\"] a").EvaluateAllAsync<string[]>("as => as.map(a => a.href)");
        Assert.Equal(2 * own.Length, await page.Locator("[data-drill-question]").CountAsync());
        var seen = new List<string>();
        for (var i = 0; i < own.Length; i++)
        {
            await Expect(page.Locator("[data-drill-round]")).ToHaveTextAsync($"Question {i + 1} of {own.Length} in this round.");
            seen.Add((await page.Locator("[data-drill-link]").GetAttributeAsync("href"))!);
            await page.GetByRole(AriaRole.Button, new() { Name = "Good" }).ClickAsync();
        }

        Assert.Equal(own.Order(), seen.Order());
        Assert.All(seen, href => Assert.Contains("/second-area/", href, StringComparison.Ordinal));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(Sheet)]
    [InlineData(Drill)]
    public async Task No_request_leaves_the_origin(string path)
    {
        var (page, problems) = await site.OpenAsync();
        var requests = new List<IRequest>();
        page.Request += (_, request) => requests.Add(request);
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
        await StudyPage.WriteStoryAsync(page, "Secret story", "Context", "42 ms");
        await OpenReadyAsync(page, path);
        if (path == Drill) await page.GetByRole(AriaRole.Button, new() { Name = "Easy" }).ClickAsync();

        var origin = new Uri(site.Server.BaseUrl).GetLeftPart(UriPartial.Authority);
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.StartsWith(origin + "/", r.Url));
        Assert.All(requests, r => Assert.Equal("GET", r.Method));
        Assert.All(requests, r => Assert.DoesNotContain("Secret", r.Url, StringComparison.Ordinal));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task With_JavaScript_off_the_sheet_reads_whole_and_the_drill_says_what_it_needs()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + Sheet);
        var questions = await page.Locator(".sheet-questions > li").CountAsync();
        Assert.True(questions > 0);
        Assert.Equal(questions, await page.Locator(".sheet-questions > li p:has-text('Flow:')").CountAsync());
        Assert.Equal(0, await page.Locator("[data-sheet-missing]:visible").CountAsync());
        // Playwright turns scripts off without telling the HTML parser, so <noscript> stays text here: it is checked as markup.
        Assert.Contains("which needs JavaScript", await page.Locator("main noscript").InnerHTMLAsync(), StringComparison.Ordinal);

        await page.GotoAsync(site.Server.BaseUrl + Drill);
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Drill");
        Assert.Contains("The drill needs JavaScript.", await page.Locator("main noscript").InnerHTMLAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".study:visible").CountAsync());
        await context.CloseAsync();
    }
}
