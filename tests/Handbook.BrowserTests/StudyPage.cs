// Shared steps of the study tests: the questions of an area as its coverage list names them, and writing a story on a question page.
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

public static class StudyPage
{
    /// <summary>The study ids and absolute URLs of the area's full questions (not its quick-fire ones), read from the area page.</summary>
    public static async Task<(string Id, string Url)[]> QuestionsAsync(IPage page, string areaUrl)
    {
        await page.GotoAsync(areaUrl);
        await page.Locator("[data-study-coverage]").WaitForAsync();
        var rows = await page.EvaluateAsync<string[][]>(
            "[...document.querySelectorAll('[data-study-coverage] li[data-question]')].filter(li => !li.dataset.question.includes('#'))" +
            ".map(li => [li.dataset.question, li.querySelector('a').href])");
        return [.. rows.Select(r => (r[0], r[1]))];
    }

    /// <summary>Starts a story on the open question page and types its title, first phase and hard number; links the other questions given.</summary>
    public static async Task WriteStoryAsync(IPage page, string title, string firstPhase, string number, params string[] alsoAnswers)
    {
        var panel = page.Locator("[data-study-question]");
        await panel.WaitForAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Start a new story" }).ClickAsync();
        await page.Locator("#story-title").PressSequentiallyAsync(title);
        await page.Locator("[data-story-phase]").First.FillAsync(firstPhase);
        await page.Locator("#story-number").FillAsync(number);
        await page.Locator("#story-source").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        foreach (var id in alsoAnswers) await page.Locator($"[data-story-link][value=\"{id}\"]").CheckAsync();
    }

    /// <summary>What this site's study entry in localStorage holds, or null.</summary>
    public static Task<string?> StoredAsync(IPage page) => page.EvaluateAsync<string?>(
        "(() => { const k = document.querySelector('[data-study-key]').dataset.studyKey; return localStorage.getItem(k); })()");

    /// <summary>Clicks the toolbar's export button ("json" or "markdown") and returns the text of the file it downloads.</summary>
    public static async Task<string> ExportAsync(IPage page, string which)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"[data-study-export={which}]").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"study-export-{Guid.NewGuid():N}");
        await download.SaveAsAsync(path);
        try { return await File.ReadAllTextAsync(path); }
        finally { File.Delete(path); }
    }

    /// <summary>Gives the toolbar's import input a file with this text, as choosing it would.</summary>
    public static Task ImportAsync(IPage page, string text, string name = "notes.json") =>
        page.Locator("[data-study-import]").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(text) });
}
