// Launches Debian's Chromium through Playwright (Playwright cannot download its own browser here).
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

public static class Chromium
{
    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("HANDBOOK_CHROMIUM") ?? "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Args = Args,
            Headless = true,
        });
    }
}
