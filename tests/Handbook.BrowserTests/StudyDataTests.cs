// Study mode's data: export into a fresh browser restores everything, a bad file changes nothing, refused storage warns at once.
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class StudyDataTests(HandbookSiteFixture site)
{
    private const string RefuseStorage =
        "for (const name of ['getItem', 'setItem', 'removeItem']) Storage.prototype[name] = () => { throw new DOMException('blocked', 'SecurityError'); };";

    private const string FullStorage =
        "Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };";

    [Fact]
    public async Task An_export_imported_into_a_fresh_browser_restores_stories_and_progress()
    {
        var (page, problems) = await site.OpenAsync();
        var questions = await StudyPage.QuestionsAsync(page, site.Server.BaseUrl + PageTypes.Area);
        await page.GotoAsync(questions[0].Url);
        await StudyPage.WriteStoryAsync(page, "Error budget freeze", "Budget burnt in a week", "99.95% to 99.99%", questions[1].Id);
        await page.Locator("#study-progress").SelectOptionAsync("rehearsed");
        var json = await StudyPage.ExportAsync(page, "json");
        var markdown = await StudyPage.ExportAsync(page, "markdown");

        var exported = JsonNode.Parse(json)!;
        Assert.Equal("handbook-study", (string?)exported["format"]);
        Assert.Equal(1, (int?)exported["version"]);
        Assert.Contains("## Error budget freeze", markdown, StringComparison.Ordinal);
        Assert.Contains("**My hard number:** 99.95% to 99.99%", markdown, StringComparison.Ordinal);

        var (fresh, freshProblems) = await site.OpenAsync();
        await fresh.GotoAsync(site.Server.BaseUrl);
        Assert.Null(await StudyPage.StoredAsync(fresh));
        await fresh.Locator("[data-study-import]").SetInputFilesAsync(new FilePayload { Name = "notes.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(json) });
        await Expect(fresh.Locator("[data-study-import-status]")).ToHaveTextAsync("Imported: 3 new, 0 updated.");
        await Expect(fresh.Locator($"li[data-question=\"{questions[1].Id}\"] [data-cell=story]")).ToHaveTextAsync("Story: Error budget freeze");
        await Expect(fresh.Locator($"li[data-question=\"{questions[0].Id}\"] [data-cell=progress]")).ToHaveTextAsync("Rehearsed");
        Assert.Equal(exported.ToJsonString(), JsonNode.Parse((await StudyPage.StoredAsync(fresh))!)!.ToJsonString());

        // Imported again, the same file adds nothing and asks nothing.
        await fresh.Locator("[data-study-import]").SetInputFilesAsync(new FilePayload { Name = "notes.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(json) });
        await Expect(fresh.Locator("[data-study-import-status]")).ToHaveTextAsync("Imported: 0 new, 0 updated.");
        Assert.Empty(problems);
        Assert.Empty(freshProblems);
    }

    [Fact]
    public async Task Importing_older_data_asks_before_replacing_newer_notes()
    {
        var (page, problems) = await site.OpenAsync();
        var questions = await StudyPage.QuestionsAsync(page, site.Server.BaseUrl + PageTypes.Area);
        await page.GotoAsync(questions[0].Url);
        await page.Locator("#study-progress").SelectOptionAsync("drafted");
        var older = await StudyPage.ExportAsync(page, "json");
        await page.Locator("#study-progress").SelectOptionAsync("confident");

        var asked = new List<string>();
        page.Dialog += async (_, dialog) => { asked.Add(dialog.Message); await dialog.DismissAsync(); };
        await page.Locator("[data-study-import]").SetInputFilesAsync(new FilePayload { Name = "old.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(older) });
        await Expect(page.Locator("[data-study-import-status]")).ToHaveTextAsync("Imported: 0 new, 0 updated, 1 of yours kept as newer.");
        Assert.Single(asked);
        Assert.Equal("confident", await page.Locator("#study-progress").InputValueAsync());
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("{ not json", "Nothing was imported. This file is not JSON")]
    [InlineData("{\"format\":\"something-else\"}", "Nothing was imported. This file is not a Handbook study export.")]
    [InlineData("{\"format\":\"handbook-study\",\"version\":1,\"handbook\":\"Another handbook\",\"stories\":{},\"progress\":{},\"rehearsals\":{}}",
        "Nothing was imported. This export belongs to another handbook (Another handbook).")]
    [InlineData("{\"format\":\"handbook-study\",\"version\":9,\"stories\":{}}", "Nothing was imported. This export uses a newer format (version 9)")]
    public async Task A_bad_or_foreign_file_changes_nothing_and_says_why(string file, string message)
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
        await StudyPage.WriteStoryAsync(page, "Kept as it was", "Context", "1");
        var before = await StudyPage.StoredAsync(page);
        await page.Locator("[data-study-import]").SetInputFilesAsync(new FilePayload { Name = "bad.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(file) });
        await Expect(page.Locator("[data-study-import-status]")).ToContainTextAsync(message);
        Assert.Equal(before, await StudyPage.StoredAsync(page));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Refused_storage_is_said_at_once_and_the_notes_can_still_be_exported()
    {
        var (page, problems) = await site.OpenAsync();
        await page.Context.AddInitScriptAsync(RefuseStorage);
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
        await Expect(page.Locator("[data-study-warning]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-study-warning]")).ToContainTextAsync("does not let the site save your notes");
        await Expect(page.Locator("[data-study-warning-copy]")).ToBeVisibleAsync();
        await StudyPage.WriteStoryAsync(page, "Only in memory", "Context", "7 days");
        Assert.Contains("Only in memory", await StudyPage.ExportAsync(page, "json"), StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Full_storage_is_said_when_a_write_fails_and_the_text_stays_exportable()
    {
        var (page, problems) = await site.OpenAsync();
        await page.Context.AddInitScriptAsync(FullStorage);
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
        await StudyPage.WriteStoryAsync(page, "Too much to keep", "Context", "3x");
        await Expect(page.Locator("[data-study-warning]")).ToContainTextAsync("storage for the site is full");
        Assert.Equal("Not saved: see the warning below.", await page.Locator("[data-story-status]").TextContentAsync());
        Assert.Contains("Too much to keep", await StudyPage.ExportAsync(page, "json"), StringComparison.Ordinal);
        Assert.Empty(problems);
    }
}
