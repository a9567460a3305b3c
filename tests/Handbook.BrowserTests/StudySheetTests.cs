// The night-before sheet: every area's prints on at most two A4 pages with the candidate's hard numbers, and names the ones missing.
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class StudySheetTests(HandbookSiteFixture site)
{
    private static string Squeezed(string text) => Regex.Replace(text, @"\s+", "");

    [Fact]
    public async Task Every_areas_sheet_prints_on_at_most_two_A4_pages_with_my_hard_number_on_it()
    {
        var areas = Directory.GetDirectories(site.SiteRoot).Where(d => File.Exists(Path.Combine(d, "sheet", "index.html"))).Select(Path.GetFileName).ToList();
        Assert.NotEmpty(areas);
        var (page, problems) = await site.OpenAsync();
        foreach (var area in areas)
        {
            var questions = await StudyPage.QuestionsAsync(page, site.Server.BaseUrl + area + "/");
            await page.GotoAsync(questions[0].Url);
            await StudyPage.WriteStoryAsync(page, "Sheet story " + area, "Context", "Toil 60% to 20%");

            await page.GotoAsync(site.Server.BaseUrl + area + "/sheet/");
            await Expect(page.Locator($"[data-sheet-number=\"{questions[0].Id}\"]")).ToHaveTextAsync("Toil 60% to 20%");
            await Expect(page.Locator($"[data-sheet-number=\"{questions[1].Id}\"]")).ToHaveTextAsync("missing");
            var missing = await page.Locator("[data-sheet-missing]").TextContentAsync();
            var slots = await page.Locator("[data-sheet-number]").CountAsync();
            Assert.Equal($"Hard numbers still missing: {slots - 1} of {slots} questions, marked \"missing\" below.", missing);

            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
            using var document = PdfDocument.Open(pdf);
            Assert.InRange(document.NumberOfPages, 1, 2);
            var text = Squeezed(string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
            Assert.Contains(Squeezed("Toil 60% to 20%"), text, StringComparison.Ordinal);
            foreach (var (id, _) in questions)
                Assert.Contains(Squeezed(await page.Locator($"li:has([data-sheet-number=\"{id}\"]) h2").TextContentAsync() ?? "?"), text, StringComparison.Ordinal);
        }

        Assert.Empty(problems);
    }
}
