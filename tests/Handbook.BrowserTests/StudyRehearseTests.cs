// Study mode's rehearsal under Playwright's clock: the timer counts down with the shape's pacing, pauses, resets, and a record is kept.
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class StudyRehearseTests(HandbookSiteFixture site)
{
    [Fact]
    public async Task A_timed_rehearsal_hides_the_crib_paces_the_phases_and_is_recorded_with_its_ticks()
    {
        var (page, problems) = await site.OpenAsync();
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeString = "2026-11-30T09:00:00Z" });
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
        // Time stands still between the test's steps, so only RunForAsync moves the timer: no drift, no rounding at a second's edge.
        await page.Clock.PauseAtAsync("2026-11-30T09:00:10Z");
        var panel = page.Locator("[data-study-rehearse]");
        var seconds = int.Parse((await panel.GetAttributeAsync("data-seconds"))!);
        var paces = (await page.Locator("[data-pace]").EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.pace)")).Select(double.Parse).ToArray();
        var names = await page.Locator("[data-pace]").EvaluateAllAsync<string[]>("es => es.map(e => e.dataset.phaseName)");
        Assert.InRange(paces.Sum(), 99.9, 100.1);

        await panel.GetByRole(AriaRole.Button, new() { Name = "Start rehearsal" }).ClickAsync();
        await Expect(page.Locator("section[aria-labelledby=how-to-answer]")).ToBeHiddenAsync();
        await Expect(page.Locator("section[aria-labelledby=listening-for]")).ToBeHiddenAsync();
        await Expect(page.Locator("section[aria-labelledby=flow]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-rehearse-phase]")).ToHaveTextAsync("Now: " + names[0]);

        // Into the second phase: the time its pace says the first one ends, and a second more.
        var intoSecond = (int)(paces[0] / 100 * seconds * 1000) + 1000;
        await page.Clock.RunForAsync(intoSecond);
        await Expect(page.Locator("[data-rehearse-phase]")).ToHaveTextAsync("Now: " + names[1]);
        await Expect(page.Locator("[data-rehearse-clock]")).ToHaveTextAsync(Clock(seconds * 1000 - intoSecond));

        // Paused, the clock stands still.
        await panel.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        var paused = await page.Locator("[data-rehearse-clock]").TextContentAsync();
        await page.Clock.RunForAsync(30_000);
        await Expect(page.Locator("[data-rehearse-clock]")).ToHaveTextAsync(paused!);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await page.Clock.RunForAsync(seconds * 1000);
        await Expect(page.Locator("[data-rehearse-clock]")).ToHaveTextAsync(Clock(intoSecond) + " over");

        // Reset goes back to the full time, and a restart counts from there.
        await panel.GetByRole(AriaRole.Button, new() { Name = "Reset" }).ClickAsync();
        await Expect(page.Locator("[data-rehearse-clock]")).ToHaveTextAsync(Clock(seconds * 1000));
        await panel.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true }).ClickAsync();
        await page.Clock.RunForAsync(75_000);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Stop and check myself" }).ClickAsync();

        var items = page.Locator("[data-rehearse-item]");
        Assert.True(await items.CountAsync() >= 2, "the question needs two listening-for items");
        await Expect(page.Locator("section[aria-labelledby=listening-for]")).ToBeHiddenAsync();
        await items.Nth(0).CheckAsync();
        await items.Nth(1).CheckAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record this rehearsal" }).ClickAsync();
        await Expect(page.Locator("[data-rehearse-status]")).ToHaveTextAsync("Rehearsal recorded.");
        await Expect(page.Locator("section[aria-labelledby=listening-for]")).ToBeVisibleAsync();

        await page.ReloadAsync();
        var stored = JsonNode.Parse((await StudyPage.StoredAsync(page))!)!;
        var record = Assert.Single(stored["rehearsals"]!.AsObject()).Value!;
        Assert.Equal(75, (int?)record["seconds"]);
        Assert.Equal(seconds, (int?)record["limit"]);
        Assert.Equal("[0,1]", record["ticked"]!.ToJsonString());
        Assert.Equal(await items.CountAsync(), (int?)record["total"]);
        Assert.StartsWith("2026-11-30T09:", (string?)record["date"]);
        Assert.Equal("rehearsed", await page.Locator("#study-progress").InputValueAsync());
        await Expect(page.Locator("[data-rehearse-log] li")).ToContainTextAsync($"1:15 of {Clock(seconds * 1000)}, 2 of {await items.CountAsync()} covered");
        Assert.Empty(problems);
    }

    private static string Clock(int ms)
    {
        var s = (int)Math.Round(ms / 1000.0, MidpointRounding.AwayFromZero);
        return $"{s / 60}:{s % 60:00}";
    }
}
