// The header lines up with the page grid at every width, and each page shows the site title once.
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class PageGridTests(HandbookSiteFixture site)
{
    private const string Box = "s => { const r = document.querySelector(s).getBoundingClientRect(); return [r.left, r.right]; }";

    [Theory]
    [InlineData(390, PageTypes.Question)]
    [InlineData(1280, PageTypes.Question)]
    [InlineData(1440, PageTypes.Area)]
    [InlineData(1920, PageTypes.Question)]
    [InlineData(1920, PageTypes.Home)]
    [InlineData(2560, PageTypes.Area)]
    public async Task The_header_lines_up_with_the_page_grid(int width, string path)
    {
        var (page, problems) = await site.OpenAsync(width: width);
        await page.GotoAsync(site.Server.BaseUrl + path);
        var header = await page.EvaluateAsync<double[]>(Box, ".site-header-inner");
        var grid = await page.EvaluateAsync<double[]>(Box, ".page");
        Assert.Equal(grid[0], header[0], 0.5);
        Assert.Equal(grid[1], header[1], 0.5);

        // The logo starts where the column below it starts: the sidebar's links when they sit beside the text, the text on a phone.
        var logo = await page.EvaluateAsync<double[]>(Box, ".site-logo");
        var below = width >= 960 ? await page.EvaluateAsync<double[]>(Box, ".sidebar .nav-list a") : await page.EvaluateAsync<double[]>(Box, "main h1");
        Assert.Equal(below[0], logo[0], 0.5);

        // The search button ends where the grid's content ends, less the same padding the logo has on the left.
        var search = await page.EvaluateAsync<double[]>(Box, ".search-open");
        Assert.Equal(header[1] - (logo[0] - header[0]), search[1], 0.5);
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task The_site_title_shows_once(string path)
    {
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + path);
        var title = await page.EvaluateAsync<string>("document.querySelector('.site-title').textContent.trim()");
        // Shown: visible, and larger than the one-pixel box that keeps a heading for screen readers only. The footer's credit line is not counted.
        var shown = await page.EvaluateAsync<string[]>("""
            t => [...document.querySelectorAll('body *:not(.site-footer, .site-footer *)')]
              .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() === t))
              .filter(e => { const r = e.getBoundingClientRect(); return e.checkVisibility() && r.width > 1 && r.height > 1; })
              .map(e => e.tagName + '.' + e.className)
            """, title);
        Assert.True(shown.Length == 1, $"{path}: the title shows {shown.Length} times: {string.Join(", ", shown)}");
    }
}
