// Responsive and keyboard behaviour: no sideways scrolling at 320 px, 24 px targets, skip link, visible focus, no-JS navigation.
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class LayoutTests(HandbookSiteFixture site)
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task No_horizontal_scrolling_at_320_px(string path)
    {
        var (page, _) = await site.OpenAsync(width: 320, height: 640);
        await page.GotoAsync(site.Server.BaseUrl + path);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at 320px");
    }

    [Theory]
    [InlineData(375, PageTypes.Question)]
    [InlineData(1280, PageTypes.Question)]
    [InlineData(375, PageTypes.Area)]
    [InlineData(375, PageTypes.Print)]
    [InlineData(1280, PageTypes.Home)]
    public async Task Navigation_targets_are_at_least_24_px(int width, string path)
    {
        var (page, _) = await site.OpenAsync(width: width);
        await page.GotoAsync(site.Server.BaseUrl + path);
        if (width < 960) await page.Locator(".sidebar summary").ClickAsync();
        var small = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('nav a, button, summary, input, .pager a')]
              .filter(e => e.checkVisibility())
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([e, r]) => r.width < 24 || r.height < 24)
              .map(([e, r]) => `${e.tagName} "${e.textContent.trim().slice(0, 40)}" ${Math.round(r.width)}x${Math.round(r.height)}`)
            """);
        Assert.Empty(small);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_content()
    {
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.getBoundingClientRect().top >= 0"), "the skip link is visible when focused");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Every_control_is_reachable_by_keyboard_and_shows_visible_focus(int width)
    {
        var (page, _) = await site.OpenAsync(width: width);
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
        var (reached, expected) = await KeyboardTour.RunAsync(page);
        Assert.True(reached >= expected, $"reached {reached} of {expected} visible controls by Tab");
    }

    [Fact]
    public async Task Navigation_is_readable_without_javascript()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new() { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
        Assert.True(await page.Locator(".sidebar a[aria-current=page]").IsVisibleAsync(), "the sidebar is open without JavaScript");
        await context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_contents_start_folded_and_open_on_demand()
    {
        var (page, _) = await site.OpenAsync(width: 375);
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
        Assert.False(await page.Locator(".sidebar a[aria-current=page]").IsVisibleAsync());
        await page.Locator(".sidebar summary").ClickAsync();
        Assert.True(await page.Locator(".sidebar a[aria-current=page]").IsVisibleAsync());
    }

    [Fact]
    public async Task Reduced_motion_turns_off_transitions_and_smooth_scrolling()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
        var moving = await page.EvaluateAsync<int>("""
            [...document.querySelectorAll('*')].filter(e => { const s = getComputedStyle(e);
              return parseFloat(s.transitionDuration) > 0 || parseFloat(s.animationDuration) > 0 || s.scrollBehavior === 'smooth'; }).length
            """);
        Assert.Equal(0, moving);
        await context.CloseAsync();
    }
}
