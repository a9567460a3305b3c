// The built handbook opens in Chromium: every page type loads with no console errors and no failed requests.
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class SmokeTests(HandbookSiteFixture site)
{
    [Theory]
    [InlineData("")]
    [InlineData("reliability-sre/")]
    [InlineData("reliability-sre/major-incident/")]
    [InlineData("reliability-sre/print/")]
    [InlineData("sources/")]
    [InlineData("sources/sev-review/")]
    public async Task Page_loads_without_errors(string path)
    {
        var (page, problems) = await site.OpenAsync();
        var response = await page.GotoAsync(site.Server.BaseUrl + path);
        Assert.Equal(200, response!.Status);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(problems);
        Assert.NotEmpty(await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task A_missing_page_gets_the_404_page_with_working_styles()
    {
        var (page, problems) = await site.OpenAsync();
        var response = await page.GotoAsync(site.Server.BaseUrl + "no/such/page/");
        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await page.Locator("h1").InnerTextAsync());
        // The only failure is the missing page itself (Chromium also logs its 404 to the console).
        Assert.Single(problems, p => p.StartsWith("HTTP 404"));
        Assert.All(problems, p => Assert.True(p.Contains("no/such/page") || p.Contains("status of 404"), p));
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background); // the stylesheet loaded through the base path
    }
}
