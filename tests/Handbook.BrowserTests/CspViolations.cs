// Collects a page's Content-Security-Policy violations: the browser reports them as events (and its own log lines, which
// Playwright does not see), so an init script passes each event on as a console error the test can read.
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

public static class CspViolations
{
    private const string Prefix = "CSP violation: ";

    /// <summary>Starts watching <paramref name="page"/>, on this and every later document it loads; the list fills as violations happen.</summary>
    public static async Task<List<string>> WatchAsync(IPage page)
    {
        var violations = new List<string>();
        // Added through the DevTools protocol, so the policy under test does not block the script that watches it.
        await page.AddInitScriptAsync($$"""
            document.addEventListener("securitypolicyviolation", e =>
              console.error("{{Prefix}}" + e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber));
            """);
        page.Console += (_, message) =>
        {
            if (message.Text.StartsWith(Prefix, StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                lock (violations) violations.Add(message.Text);
        };
        return violations;
    }
}
