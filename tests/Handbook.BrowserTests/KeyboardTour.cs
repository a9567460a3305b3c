// Walks a page with Tab alone: every visible control must be reached, each with a visible focus outline.
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

public static class KeyboardTour
{
    private const string Controls = "a[href], button, summary, input, select, textarea";

    /// <summary>Presses Tab until focus leaves the page; returns how many distinct controls it reached and how many are visible.
    /// Fails at the first control whose focus has no outline.</summary>
    public static async Task<(int Reached, int Expected)> RunAsync(IPage page)
    {
        var expected = await page.EvaluateAsync<int>($"[...document.querySelectorAll('{Controls}')].filter(e => e.checkVisibility()).length");
        var reached = new HashSet<string>();
        for (var i = 0; i < expected + 10; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>("""
                (() => { const e = document.activeElement; const s = getComputedStyle(e);
                  return [e.tagName + ' ' + (e.getAttribute('href') || e.textContent.trim().slice(0, 30)) + ' #' + [...document.querySelectorAll('*')].indexOf(e),
                          s.outlineStyle, s.outlineWidth]; })()
                """);
            if (focus[0].StartsWith("BODY", StringComparison.Ordinal)) break;
            Assert.True(focus[1] != "none" && focus[2] != "0px", $"{focus[0]} has no visible focus outline");
            reached.Add(focus[0]);
        }

        return (reached.Count, expected);
    }
}
