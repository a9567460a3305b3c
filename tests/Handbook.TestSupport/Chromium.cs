// Launches Debian's Chromium through Playwright (Playwright cannot download its own browser here).
using Microsoft.Playwright;

namespace Handbook.Tests.Support;

public static class Chromium
{
    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public const string Variable = "HANDBOOK_CHROMIUM";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The one line a browser test fails with when there is no Chromium to launch, or null when there is.</summary>
    public static ChromiumMissingException? Missing() => Missing(ExecutablePath);

    public static ChromiumMissingException? Missing(string path) =>
        File.Exists(path)
            ? null
            : new ChromiumMissingException($"No Chromium at {path}: run `bash .ci/test` (installs it), " +
                                           $"or `sudo apt-get install chromium fonts-dejavu-core`, or set {Variable} to a Chromium executable.");

    public static async Task<IBrowser> LaunchAsync()
    {
        if (Missing() is { } missing) throw missing;
        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Args = Args,
            Headless = true,
        });
    }
}
