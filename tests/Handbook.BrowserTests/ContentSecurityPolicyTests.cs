// The built handbook under its own Content-Security-Policy in Chromium: nothing is refused, and search still works, from disk and over http.
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class ContentSecurityPolicyTests(HandbookSiteFixture site)
{
    private async Task SearchOpensWithoutViolations(Func<string, string> url, bool atRoot = false)
    {
        var (page, problems) = await site.OpenAsync();
        var violations = await CspViolations.WatchAsync(page);
        // Every kind of page: the home page, an area (spine diagram), a question (flow diagram), its print page, a source, and
        // the 404 page where it can load its assets (its links start from the base path the site was built for, /).
        string[] paths = ["index.html", "reliability-sre/index.html", "reliability-sre/major-incident/index.html",
            "reliability-sre/print/index.html", "sources/index.html"];
        foreach (var path in atRoot ? [.. paths, "404.html"] : paths)
        {
            await page.GotoAsync(url(path));
            await Expect(page.Locator("meta[http-equiv=Content-Security-Policy]")).ToHaveCountAsync(1);
        }

        await page.GotoAsync(url("reliability-sre/index.html"));
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("incident commander");
        await Expect(page.Locator("#search-results a").First).ToContainTextAsync("Tell me about a major incident");
        Assert.Empty(violations);
        Assert.Empty(problems);
    }

    [Fact]
    public Task From_file_urls_nothing_is_refused_and_search_works() =>
        SearchOpensWithoutViolations(path => new Uri(Path.Combine(site.SiteRoot, path)).AbsoluteUri);

    [Fact]
    public Task Over_http_nothing_is_refused_and_search_works() =>
        SearchOpensWithoutViolations(path => site.Server.BaseUrl + path, atRoot: true);

    [Fact]
    public async Task Under_a_base_path_nothing_is_refused_and_search_works()
    {
        await using var server = await SiteServer.StartAsync(site.SiteRoot, "/handbook/");
        await SearchOpensWithoutViolations(path => server.BaseUrl + path);
    }

    [Fact]
    public async Task The_watch_sees_a_refused_inline_style()
    {
        // The check above can fail: an inline style on a page with the policy is reported.
        var (page, _) = await site.OpenAsync();
        var violations = await CspViolations.WatchAsync(page);
        await page.GotoAsync(site.Server.BaseUrl + "index.html");
        await page.EvaluateAsync("() => document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')");
        bool Reported() { lock (violations) return violations.Any(v => v.StartsWith("CSP violation: style-src-attr blocked inline", StringComparison.Ordinal)); }
        for (var waited = 0; !Reported() && waited < 5000; waited += 100) await Task.Delay(100);
        Assert.True(Reported(), string.Join("\n", violations));
    }
}
