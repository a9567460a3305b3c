// axe-core with the WCAG 2.1 A and AA rules, its violations as one line each: the one accessibility check the browser tests share.
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

public static class WcagAxe
{
    /// <summary>Runs axe on the page; returns its violations as lines and how many rules passed (to tell that it really ran).</summary>
    public static async Task<(IReadOnlyList<string> Violations, int Passes)> RunAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}");
        return ([.. violations], result.Passes.Length);
    }
}
