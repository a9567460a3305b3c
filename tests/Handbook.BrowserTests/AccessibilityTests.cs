// axe-core with the WCAG 2.1 A and AA rules finds nothing on any page type, in light and in dark.
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
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
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}");
        Assert.Empty(violations);
        Assert.True(result.Passes.Length > 10, "axe ran too few rules to be meaningful");
    }
}
