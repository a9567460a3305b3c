// The drill under Playwright's clock: each question of an area once per round, and FSRS moves due dates as "again" and "easy" should.
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class StudyDrillTests(HandbookSiteFixture site)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-30T09:00:00Z");

    private async Task<IPage> OpenDrillAsync()
    {
        var (page, _) = await site.OpenAsync();
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeString = Now.AddMinutes(-1).ToString("O") });
        await page.GotoAsync(site.Server.BaseUrl + "drill/#area=" + PageTypes.Area);
        await page.Clock.PauseAtAsync(Now.ToString("O"));
        await page.Locator("[data-study-drill]").WaitForAsync();
        return page;
    }

    [Fact]
    public async Task Every_question_of_the_area_comes_once_per_round_before_any_repeats()
    {
        var page = await OpenDrillAsync();
        Assert.Equal(PageTypes.Area, await page.Locator("#drill-scope").InputValueAsync());
        var count = await page.Locator($"[data-drill-question][data-area=\"{PageTypes.Area}\"]").CountAsync();
        Assert.True(count > 5, "the area has its questions and its quick-fire ones");
        foreach (var round in new[] { 1, 2 })
        {
            var seen = new List<string>();
            for (var i = 0; i < count; i++)
            {
                await Expect(page.Locator("[data-drill-round]")).ToHaveTextAsync($"Question {i + 1} of {count} in this round.");
                seen.Add((await page.Locator("[data-drill-link]").TextContentAsync())!);
                await Expect(page.Locator("[data-drill-probe-line]")).ToBeVisibleAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Good" }).ClickAsync();
            }

            Assert.Equal(count, seen.Distinct().Count());
        }
    }

    [Fact]
    public async Task Again_brings_a_question_back_within_minutes_and_easy_days_later()
    {
        var page = await OpenDrillAsync();
        var first = (await page.Locator("[data-drill-link]").TextContentAsync())!;
        await page.GetByRole(AriaRole.Button, new() { Name = "Again" }).ClickAsync();
        var second = (await page.Locator("[data-drill-link]").TextContentAsync())!;
        await page.GetByRole(AriaRole.Button, new() { Name = "Easy" }).ClickAsync();

        var drill = JsonNode.Parse((await StudyPage.StoredAsync(page))!)!["drill"]!.AsObject();
        Assert.Equal(2, drill.Count);
        var ids = await page.Locator("[data-drill-question]").EvaluateAllAsync<string[][]>("es => es.map(e => [e.dataset.drillQuestion, e.textContent])");
        DateTimeOffset Due(string title) => DateTimeOffset.Parse((string)drill[ids.First(i => i[1] == title)[0]]!["card"]!["due"]!);
        Assert.InRange(Due(first) - Now, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        Assert.True(Due(second) - Now >= TimeSpan.FromDays(1), $"easy is due {Due(second)}");
    }
}
