// An area's print page in Chromium: printed to PDF it holds every question of the area, each from a new sheet; the button prints.
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class PrintTests(HandbookSiteFixture site)
{
    /// <summary>The questions' titles and kinds as the area page lists them: read from the built site, not from the page under test.</summary>
    private IReadOnlyList<(string Title, string Kind)> Questions()
    {
        var area = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.SiteRoot, PageTypes.Area, "index.html")));
        return [.. area.QuerySelectorAll(".question-list .card").Select(c => (c.QuerySelector("h3")!.TextContent, c.QuerySelector(".badge")?.TextContent ?? ""))];
    }

    private static readonly (string Ligature, string Letters)[] Ligatures =
        [("\uFB00", "ff"), ("\uFB01", "fi"), ("\uFB02", "fl"), ("\uFB03", "ffi"), ("\uFB04", "ffl"), ("\uFB05", "st"), ("\uFB06", "st")];

    // A PDF breaks long lines, may drop the spaces between words, and keeps a ligature ("fi") as one character: compare without
    // any of that. (Spelled out: Normalize cannot undo ligatures with invariant globalization.)
    private static string Comparable(string text) =>
        Regex.Replace(Ligatures.Aggregate(text, (t, l) => t.Replace(l.Ligature, l.Letters, StringComparison.Ordinal)), @"\s+", "");

    [Fact]
    public async Task Printed_to_PDF_the_print_page_holds_every_question_title_of_its_area_each_on_a_later_sheet()
    {
        var questions = Questions();
        Assert.NotEmpty(questions);
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Print);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // PdfAsync lays the page out for print media, as the browser's Print command does. Kept for a person to look at, too.
        Directory.CreateDirectory(ScreenshotTests.Folder);
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Path = Path.Combine(ScreenshotTests.Folder, "print.pdf") });
        await page.Context.CloseAsync();
        Assert.Empty(problems);

        using var document = PdfDocument.Open(pdf);
        var sheets = document.GetPages().Select(p => Comparable(string.Join(" ", p.GetWords().Select(w => w.Text)))).ToList();
        var all = string.Concat(sheets);
        foreach (var (title, _) in questions) Assert.Contains(Comparable(title), all);

        // Each question starts a new sheet: only its kind's badge comes before its title there, and the sheets follow its order.
        var at = new List<int>();
        foreach (var (title, kind) in questions)
        {
            var sheet = sheets.FindIndex(s => s.Contains(Comparable(title), StringComparison.Ordinal));
            var before = sheets[sheet][..sheets[sheet].IndexOf(Comparable(title), StringComparison.Ordinal)];
            Assert.True(string.Equals(before, Comparable(kind), StringComparison.OrdinalIgnoreCase), $"'{title}' follows '{before}' on sheet {sheet + 1}");
            at.Add(sheet);
        }

        Assert.True(at[0] > 0, "the first question shares the first sheet with the area's introduction");
        Assert.Equal(at.Order(), at);
    }

    [Fact]
    public async Task In_print_only_the_content_shows_and_every_question_and_the_quick_fire_questions_break_to_a_new_sheet()
    {
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Print);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var hidden = await page.EvaluateAsync<string[]>("""
            ['.site-header', '.sidebar', '.breadcrumb', '.toc', '.print-note', '.search-open', '.site-footer']
              .filter(s => document.querySelector(s) && document.querySelector(s).checkVisibility())
            """);
        Assert.Empty(hidden);
        var breaks = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.print-question, .print-more')].map(e => getComputedStyle(e).breakBefore)");
        Assert.Equal(Questions().Count + 1, breaks.Length);
        Assert.All(breaks, b => Assert.Equal("page", b));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_print_button_prints_and_without_javascript_only_the_note_shows()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Print);
        await page.EvaluateAsync("window.print = () => { window.printed = true; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Print or save as PDF" }).ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("window.printed === true"));
        await page.Context.CloseAsync();
        Assert.Empty(problems);

        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var noScript = await context.NewPageAsync();
        await noScript.GotoAsync(site.Server.BaseUrl + PageTypes.Print);
        Assert.False(await noScript.Locator(".print-button").IsVisibleAsync());
        Assert.Contains("Print command", await noScript.Locator(".print-note").InnerTextAsync());
        await context.CloseAsync();
    }
}
