// serve in a real browser: a saved edit reloads the open page by itself, a broken edit puts its error over the page, the fix takes
// it away; all of it within the site's Content-Security-Policy.
using Handbook.Serve;
using Handbook.Templates;
using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[RequiresChromium]
public class LiveReloadTests
{
    private const string Question = "content/areas/alpha/questions/01-first.yml";

    [Fact]
    public async Task The_open_page_follows_edits_and_shows_build_errors()
    {
        using var workspace = new Workspace();
        await using var session = await ServeSession.StartAsync(new ServeOptions { Port = 0 }, TextWriter.Null, TextWriter.Null, workspace.Path);
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        var violations = await CspViolations.WatchAsync(page);
        var response = await page.GotoAsync(session.Url + "alpha/first/", new PageGotoOptions { Timeout = 120_000 });
        Assert.Equal(ContentSecurityPolicy.Policy, await response!.HeaderValueAsync("content-security-policy"));
        var overlay = page.Locator($"#{ReloadSnippetRenderer.OverlayId}");
        Assert.Equal(0, await overlay.CountAsync());

        workspace.Edit(Question, "First answer bullet.", "First answer bullet, live.");
        await page.GetByText("First answer bullet, live.").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        // No reload this time: the script builds the error box from the event.
        workspace.Edit(Question, "source: dashboards", "source: dashbords");
        await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Contains("01-first.yml(18,13): error HB0006: Evidence source 'dashbords' is not defined", await overlay.InnerTextAsync());
        Assert.True(await page.GetByText("First answer bullet, live.").IsVisibleAsync());
        // Styled by the linked stylesheet, which the page's policy allows where an inline <style> would be refused.
        Assert.Equal("fixed", await overlay.EvaluateAsync<string>("e => getComputedStyle(e).position"));

        // Reloaded while the build is broken, the page gets the overlay from the server: styled the same way.
        await page.ReloadAsync();
        Assert.Equal("fixed", await overlay.EvaluateAsync<string>("e => getComputedStyle(e).position"));

        // Another failed build updates that box in place: the element the page holds stays connected and shows the new error.
        var box = await overlay.ElementHandleAsync();
        workspace.Edit(Question, "source: dashbords", "source: dashbordz");
        await page.Locator($"#{ReloadSnippetRenderer.OverlayId}:has-text('dashbordz')").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.True(await box.EvaluateAsync<bool>("e => e.isConnected && e.textContent.includes('dashbordz')"));

        workspace.Edit(Question, "source: dashbordz", "source: dashboards");
        workspace.Edit(Question, "Second answer bullet.", "Second answer bullet, fixed.");
        await page.GetByText("Second answer bullet, fixed.").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Equal(0, await overlay.CountAsync());
        Assert.Empty(errors);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Search_finds_a_word_just_saved_once_the_index_catches_up()
    {
        using var workspace = new Workspace();
        await using var session = await ServeSession.StartAsync(new ServeOptions { Port = 0 }, TextWriter.Null, TextWriter.Null, workspace.Path);
        var indexed = new TaskCompletionSource<RebuildResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        session.SearchIndexUpdated += r => indexed.TrySetResult(r);
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(session.Url + "alpha/first/", new PageGotoOptions { Timeout = 120_000 });

        workspace.Edit(Question, "First answer bullet.", "First answer bullet, about Zanzibar.");
        await page.GetByText("First answer bullet, about Zanzibar.").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.True((await indexed.Task.WaitAsync(TimeSpan.FromSeconds(60))).Succeeded);

        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("zanzibar");
        var result = page.Locator("#search-results a").First;
        await Assertions.Expect(result).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("alpha/first/#how-to-answer$"));
        await Assertions.Expect(result.Locator("mark")).ToHaveTextAsync("Zanzibar");
        Assert.Empty(errors);
    }
}
