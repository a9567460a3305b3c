// Import carries rehearsals and the drill's cards into a fresh browser, and a damaged file with good parts in it changes nothing.
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class StudyImportTests(HandbookSiteFixture site)
{
    /// <summary>One recorded rehearsal of the question page (first item ticked) and one drill card rated Easy; returns the card's question title.</summary>
    private async Task<string> RehearseAndDrillAsync(IPage page)
    {
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
        var panel = page.Locator("[data-study-rehearse]");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Start rehearsal" }).ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Stop and check myself" }).ClickAsync();
        await page.Locator("[data-rehearse-item]").First.CheckAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record this rehearsal" }).ClickAsync();
        await Expect(page.Locator("[data-rehearse-status]")).ToHaveTextAsync("Rehearsal recorded.");

        await page.GotoAsync(site.Server.BaseUrl + "drill/");
        await page.Locator("[data-study-drill]:visible").WaitForAsync();
        var title = (await page.Locator("[data-drill-link]").TextContentAsync())!;
        await page.GetByRole(AriaRole.Button, new() { Name = "Easy" }).ClickAsync();
        return title;
    }

    [Fact]
    public async Task Rehearsals_and_drill_cards_come_back_in_a_fresh_browser()
    {
        var (page, problems) = await site.OpenAsync();
        var rated = await RehearseAndDrillAsync(page);
        var json = await StudyPage.ExportAsync(page, "json");
        var exported = JsonNode.Parse(json)!;
        Assert.Single(exported["rehearsals"]!.AsObject());
        Assert.Single(exported["drill"]!.AsObject());

        var (fresh, freshProblems) = await site.OpenAsync();
        await fresh.GotoAsync(site.Server.BaseUrl + "drill/");
        Assert.Null(await StudyPage.StoredAsync(fresh));
        await StudyPage.ImportAsync(fresh, json);
        // The rehearsal, the progress it moved on, and the card.
        await Expect(fresh.Locator("[data-study-import-status]")).ToHaveTextAsync("Imported: 3 new, 0 updated.");
        Assert.Equal(exported.ToJsonString(), JsonNode.Parse((await StudyPage.StoredAsync(fresh))!)!.ToJsonString());

        // The drill knows the card: once in the round, the rated question shows when it was due rather than "New question."
        await fresh.ReloadAsync();
        var size = await fresh.Locator("[data-drill-question]").CountAsync();
        var found = false;
        for (var i = 0; i < size && !found; i++)
        {
            if (await fresh.Locator("[data-drill-link]").TextContentAsync() == rated)
            {
                await Expect(fresh.Locator("[data-drill-due]")).ToContainTextAsync("Last due ");
                found = true;
            }
            else
            {
                await Expect(fresh.Locator("[data-drill-due]")).ToHaveTextAsync("New question.");
                await fresh.GetByRole(AriaRole.Button, new() { Name = "Good" }).ClickAsync();
            }
        }

        Assert.True(found, $"'{rated}' never came in a round of {size}");

        // The question page lists the rehearsal and its tick.
        await fresh.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
        await Expect(fresh.Locator("[data-rehearse-log] li")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@", 1 of \d+ covered$"));
        Assert.Equal("rehearsed", await fresh.Locator("#study-progress").InputValueAsync());
        Assert.Empty(problems);
        Assert.Empty(freshProblems);
    }

    [Fact]
    public async Task A_damaged_file_with_good_entries_in_it_changes_nothing_and_says_why()
    {
        var (page, problems) = await site.OpenAsync();
        await RehearseAndDrillAsync(page);
        var before = await StudyPage.StoredAsync(page);

        // A file that would add a story and a rehearsal, but one of its drill cards has lost its date.
        var file = JsonNode.Parse(before!)!;
        file["stories"]!["new-story"] = JsonNode.Parse("""{"id":"new-story","title":"Should not land","phases":{},"questions":[],"updated":"2030-01-01T00:00:00Z"}""");
        file["rehearsals"]!["new-rehearsal"] = JsonNode.Parse("""{"id":"new-rehearsal","seconds":60,"updated":"2030-01-01T00:00:00Z"}""");
        var card = file["drill"]!.AsObject().First();
        card.Value!.AsObject().Remove("updated");

        await StudyPage.ImportAsync(page, file.ToJsonString());
        await Expect(page.Locator("[data-study-import-status]")).ToHaveTextAsync($"Nothing was imported. This export is damaged: entry {card.Key} has no date.");
        Assert.Equal(before, await StudyPage.StoredAsync(page));
        Assert.Empty(problems);
    }
}
