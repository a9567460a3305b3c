// An area's print page in Chromium: printed to PDF it flows onto few numbered sheets, no question split; the button prints.
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class PrintTests(HandbookSiteFixture site, ITestOutputHelper output)
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

    // A4 less the @page margins (1.4 cm each side, 1.5 cm top and bottom), in CSS px: the page is laid out at the paper's width.
    private const int PaperWidthPx = 688;
    private const int SheetHeightPx = 1009;

    /// <summary>Each question's title and the text of its last list item, as the print page holds them.</summary>
    private static async Task<string[][]> QuestionEndsAsync(IPage page) => await page.EvaluateAsync<string[][]>("""
        [...document.querySelectorAll('.print-question')].map(q => [q.querySelector('h2').textContent, [...q.querySelectorAll('li')].at(-1).textContent])
        """);

    [Fact]
    public async Task Printed_to_PDF_the_print_page_flows_onto_at_most_10_numbered_well_filled_A4_sheets_and_splits_no_question()
    {
        var questions = Questions();
        Assert.NotEmpty(questions);
        var (page, problems) = await site.OpenAsync(width: PaperWidthPx);
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Print);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var ends = await QuestionEndsAsync(page);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var heights = await page.EvaluateAsync<double[]>("[...document.querySelectorAll('.print-question')].map(q => q.getBoundingClientRect().height)");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Null }); // back to what PdfAsync sets
        // PdfAsync lays the page out for print media, as the browser's Print command does. Kept for a person to look at, too.
        Directory.CreateDirectory(ScreenshotTests.Folder);
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Path = Path.Combine(ScreenshotTests.Folder, "print.pdf") });
        await page.Context.CloseAsync();
        Assert.Empty(problems);

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var sheets = pages.Select(p => Comparable(string.Join(" ", p.GetWords().Select(w => w.Text)))).ToList();
        var all = string.Concat(sheets);
        foreach (var (title, _) in questions) Assert.Contains(Comparable(title), all);
        Assert.True(sheets.Count <= 10, $"{sheets.Count} sheets: " + string.Join(" | ", pages.Select(p =>
            $"{(p.Height - 51 - p.Letters.Where(l => l.BoundingBox.Bottom > 60).DefaultIfEmpty().Min(l => l?.BoundingBox.Bottom ?? 0)) / (p.Height - 102):P0} "
            + string.Join(" ", p.GetWords().Take(8).Select(w => w.Text)))));

        var area = Comparable(await AreaTitleAsync());
        output.WriteLine($"{pages.Count} sheets");
        for (var i = 0; i < pages.Count; i++)
        {
            // Every sheet carries its number and the area's name in its margins (CSS @page margin boxes).
            Assert.Contains(Comparable($"Page {i + 1} of {pages.Count}"), sheets[i]);
            Assert.Contains(area, sheets[i]);

            // Filled to at least a third, but the last: the lowest line of text above the bottom margin, as a share of the
            // text area (A4 is 842 pt tall; the @page margins are 1.5 cm, 42.5 pt).
            if (i == pages.Count - 1) continue;
            var lowest = pages[i].Letters.Where(l => l.BoundingBox.Bottom > 50).Min(l => l.BoundingBox.Bottom);
            var fill = (pages[i].Height - 42.5 - lowest) / (pages[i].Height - 85);
            output.WriteLine($"sheet {i + 1}: {fill:P0} full");
            Assert.True(fill >= 1 / 3.0, $"sheet {i + 1} of {pages.Count} is only {fill:P0} full");
        }

        // No question is split: its title and the last item of its last list are on one sheet. One taller than a whole sheet
        // cannot help it, and is reported in the test's output instead.
        for (var q = 0; q < ends.Length; q++)
        {
            var end = ends[q];
            if (heights[q] > SheetHeightPx) { output.WriteLine($"'{end[0]}' is {heights[q]:0} px, taller than a sheet ({SheetHeightPx} px)"); continue; }
            // The title's last appearance: the contents list on the first sheet names it too.
            var first = sheets.FindLastIndex(s => s.Contains(Comparable(end[0]), StringComparison.Ordinal));
            var last = sheets.FindLastIndex(s => s.Contains(Comparable(end[1]), StringComparison.Ordinal));
            Assert.True(first >= 0 && first == last, $"'{end[0]}' runs from sheet {first + 1} to sheet {last + 1}; heights {string.Join(",", heights)}");
        }
    }

    private async Task<string> AreaTitleAsync()
    {
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Area);
        var title = await page.Locator("h1").InnerTextAsync();
        await page.Context.CloseAsync();
        return title;
    }

    [Fact]
    public async Task In_print_only_the_content_and_the_contents_list_show_and_questions_are_kept_whole_rather_than_each_on_a_new_sheet()
    {
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Print);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var hidden = await page.EvaluateAsync<string[]>("""
            ['.site-header', '.sidebar', '.breadcrumb', '.print-note', '.search-open', '.site-footer', '.pager']
              .filter(s => document.querySelector(s) && document.querySelector(s).checkVisibility())
            """);
        Assert.Empty(hidden);
        Assert.True(await page.Locator(".print-area .toc").IsVisibleAsync(), "the question list prints as the contents");
        var styles = await page.EvaluateAsync<string[][]>(
            "[...document.querySelectorAll('.print-question')].map(e => [getComputedStyle(e).breakInside, getComputedStyle(e).breakBefore])");
        Assert.Equal(Questions().Count, styles.Length);
        Assert.All(styles, s => Assert.Equal(["avoid", "auto"], s));
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
