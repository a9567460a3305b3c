// axe-core with the WCAG 2.1 A and AA rules finds nothing on any page type, in light and in dark.
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class AccessibilityTests(HandbookSiteFixture site)
{
    [Theory]
    [MemberData(nameof(PageTypes.AllLightAndDark), MemberType = typeof(PageTypes))]
    public async Task No_axe_violations(string path, bool dark)
    {
        var (page, _) = await site.OpenAsync(scheme: dark ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(site.Server.BaseUrl + path);
        var (violations, passes) = await WcagAxe.RunAsync(page);
        Assert.Empty(violations);
        Assert.True(passes > 10, "axe ran too few rules to be meaningful");
    }
}
