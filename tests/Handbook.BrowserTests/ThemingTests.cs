// Theming through site-assets/theme.css alone: the logo, the heading font and the colours follow its custom properties.
using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class ThemingTests(HandbookSiteFixture site)
{
    private const string LogoBox = "(() => { const e = document.querySelector('.site-logo'); const r = e.getBoundingClientRect(); " +
                                   "return [getComputedStyle(e).backgroundImage, String(Math.round(r.width)), String(Math.round(r.height))]; })()";

    [Fact]
    public async Task The_default_logo_is_drawn_before_the_title_from_the_theme()
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var box = await page.EvaluateAsync<string[]>(LogoBox);
        Assert.EndsWith("/assets/favicon.svg\")", box[0]);
        Assert.Equal(["28", "28"], box[1..]); // 1.75rem
        Assert.Contains(site.Server.Requests, r => r.Path.EndsWith("/assets/favicon.svg", StringComparison.Ordinal) && r.Status == 200);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_fork_restyles_logo_fonts_and_colours_by_editing_theme_css_only()
    {
        using var workspace = new Workspace(Path.Combine(RepoPaths.Fixtures, "fork-globex"));
        var theme = File.ReadAllText(workspace["site-assets/theme.css"]);
        workspace.Write("site-assets/theme.css", theme
            .Replace("--logo: url(\"favicon.svg\");", "--logo: url(\"globex-logo.svg\");")
            .Replace("--logo-size: 1.75rem;", "--logo-size: 3rem;")
            .Replace("--font-heading: var(--font-body);", "--font-heading: Georgia, serif;")
            .Replace("--accent: #0b57d0;", "--accent: #b00020;"));
        workspace.Write("site-assets/globex-logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"5\" fill=\"#b00020\"/></svg>");
        Assert.Equal(0, workspace.Build().ExitCode);

        await using var server = await SiteServer.StartAsync(workspace.Output);
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(server.BaseUrl + "delivery/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var box = await page.EvaluateAsync<string[]>(LogoBox);
        Assert.EndsWith("/assets/globex-logo.svg\")", box[0]);
        Assert.Equal(["48", "48"], box[1..]);
        Assert.Contains(server.Requests, r => r.Path == "/assets/globex-logo.svg" && r.Status == 200);
        Assert.Equal("Georgia, serif", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('h1')).fontFamily"));
        Assert.Equal("rgb(176, 0, 32)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.nav-list a[aria-current]')).color"));
        Assert.Empty(problems);
    }
}
