// The right-hand "On this page" follows the reader's scroll, and the header with its search button stays on screen on a phone.
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class PageChromeTests(HandbookSiteFixture site)
{
    private const string Marked = "[...document.querySelectorAll('.toc a[aria-current]')].map(a => a.hash.slice(1))";

    [Theory]
    [InlineData(PageTypes.Question)]
    [InlineData(PageTypes.Area)]
    public async Task On_this_page_is_a_sticky_right_hand_column_that_marks_the_section_in_view(string path)
    {
        var (page, problems) = await site.OpenAsync(width: 1440, height: 900);
        await page.GotoAsync(site.Server.BaseUrl + path);
        var toc = page.Locator(".toc");
        var main = await page.Locator("main h1").BoundingBoxAsync();
        Assert.True((await toc.BoundingBoxAsync())!.X > main!.X + main.Width, "the contents sit to the right of the text");

        var targets = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.toc a')].map(a => a.hash.slice(1))");
        Assert.True(targets.Length >= 3);
        foreach (var id in new[] { targets[1], targets[^2] })
        {
            // Scroll as a reader would, so the heading lands a little below the top, then wait for the mark to follow.
            await page.EvaluateAsync("id => window.scrollTo(0, document.getElementById(id).getBoundingClientRect().top + scrollY - 120)", id);
            // Polled from the test: WaitForFunction compiles its text in the page, which the site's CSP (no 'unsafe-eval') refuses.
            for (var tries = 0; tries < 100 && string.Join(",", await page.EvaluateAsync<string[]>(Marked)) != id; tries++) await Task.Delay(50);
            Assert.Equal([id], await page.EvaluateAsync<string[]>(Marked));
            Assert.True(await toc.IsVisibleAsync());
            Assert.InRange((await toc.BoundingBoxAsync())!.Y, 0, 200); // still in view: sticky
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(PageTypes.Area)]
    [InlineData(PageTypes.Print)]
    [InlineData(PageTypes.Question)]
    public async Task On_a_390_px_phone_the_header_and_its_search_button_stay_reachable_at_any_scroll(string path)
    {
        var (page, _) = await site.OpenAsync(width: 390, height: 800);
        await page.GotoAsync(site.Server.BaseUrl + path);
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        Assert.True(height > 2400, "a long page");
        foreach (var at in new[] { 0.3, 0.7, 1.0 })
        {
            await page.EvaluateAsync("y => window.scrollTo(0, y)", (int)(height * at));
            var box = await page.Locator(".search-open").BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.InRange(box.Y, 0, 60);
            // The button is what is on top at its own centre, so a tap reaches it.
            Assert.True(await page.EvaluateAsync<bool>(
                """
                (() => { const r = document.querySelector('.search-open').getBoundingClientRect();
                  return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('.search-open') != null; })()
                """));
        }

        await page.Locator(".search-open").ClickAsync();
        Assert.True(await page.Locator("dialog[open]").IsVisibleAsync());
    }
}
