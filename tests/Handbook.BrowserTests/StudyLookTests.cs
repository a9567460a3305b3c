// Study mode's panels, filled in: zero axe violations in light and dark, nothing wider than a 320 px screen; screenshots on request.
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class StudyLookTests(HandbookSiteFixture site)
{
    private static async Task FillAsync(IPage page, string baseUrl)
    {
        var questions = await StudyPage.QuestionsAsync(page, baseUrl + PageTypes.Area);
        await page.GotoAsync(questions[0].Url);
        await StudyPage.WriteStoryAsync(page, "A long story title that has to wrap on a narrow phone screen", "Context of the outage", "MTTR 40 to 12 min", questions[1].Id);
    }

    [Theory]
    [InlineData(PageTypes.Question, false)]
    [InlineData(PageTypes.Question, true)]
    [InlineData(PageTypes.Area, false)]
    [InlineData(PageTypes.Area, true)]
    [InlineData(PageTypes.Home, false)]
    [InlineData(PageTypes.Home, true)]
    public async Task No_axe_violations_with_a_story_written(string path, bool dark)
    {
        var (page, problems) = await site.OpenAsync(scheme: dark ? ColorScheme.Dark : ColorScheme.Light);
        await FillAsync(page, site.Server.BaseUrl);
        await page.GotoAsync(site.Server.BaseUrl + path);
        await page.Locator("[data-study-tools]:visible").WaitForAsync();
        Assert.Empty((await WcagAxe.RunAsync(page)).Violations);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(PageTypes.Question)]
    [InlineData(PageTypes.Area)]
    [InlineData(PageTypes.Home)]
    public async Task Study_panels_fit_320_px(string path)
    {
        var (page, problems) = await site.OpenAsync(width: 320);
        await FillAsync(page, site.Server.BaseUrl);
        await page.GotoAsync(site.Server.BaseUrl + path);
        await page.Locator("[data-study-tools]:visible").WaitForAsync();
        var widest = await page.EvaluateAsync<double>("Math.max(...[...document.querySelectorAll('.study, .study *')].map(e => e.getBoundingClientRect().right))");
        Assert.True(widest <= 320, $"a study element reaches {widest} px");
        Assert.Equal(320, await page.EvaluateAsync<int>("document.documentElement.scrollWidth"));
        Assert.Empty(problems);
    }

    /// <summary>Writes PNGs of the study pages at 390 and 1280 px, light and dark, into HANDBOOK_STUDY_SHOTS when it is set.</summary>
    [Fact]
    public async Task Screenshots()
    {
        var folder = Environment.GetEnvironmentVariable("HANDBOOK_STUDY_SHOTS");
        if (folder is null) return;
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 390, 1280 })
        foreach (var dark in new[] { false, true })
        {
            var (page, _) = await site.OpenAsync(width: width, scheme: dark ? ColorScheme.Dark : ColorScheme.Light);
            await FillAsync(page, site.Server.BaseUrl);
            foreach (var (name, path) in new[] { ("question", PageTypes.Question), ("area", PageTypes.Area) })
            {
                await page.GotoAsync(site.Server.BaseUrl + path);
                var panel = page.Locator(name == "question" ? "[data-study-question]" : "[data-study-coverage]");
                await panel.ScrollIntoViewIfNeededAsync();
                await panel.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}-{(dark ? "dark" : "light")}.png") });
            }

            foreach (var (name, path) in new[] { ("sheet", PageTypes.Area + "sheet/"), ("drill", "drill/") })
            {
                await page.GotoAsync(site.Server.BaseUrl + path);
                await page.Locator("[data-sheet-missing]:visible, [data-study-drill]:visible").WaitForAsync();
                await page.Locator("main").ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}-{(dark ? "dark" : "light")}.png") });
            }

            await page.Clock.InstallAsync();
            await page.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
            await page.Clock.PauseAtAsync(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Start rehearsal" }).ClickAsync();
            await page.Clock.RunForAsync(70_000);
            await page.Locator("[data-study-rehearse]").ScreenshotAsync(new() { Path = Path.Combine(folder, $"rehearse-{width}-{(dark ? "dark" : "light")}.png") });
        }
    }
}
