// Builds the frozen seed handbook once per test run (the pages the tests name), serves it on 127.0.0.1 and opens Chromium.
using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

public sealed class HandbookSiteFixture : IAsyncLifetime
{
    private Workspace? _workspace;

    public SiteServer Server { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string SiteRoot => _workspace!.Output;

    public async Task InitializeAsync()
    {
        _workspace = new Workspace(RepoPaths.FrozenHandbook);
        var result = _workspace.Build();
        if (result.ExitCode != 0) throw new InvalidOperationException("The handbook did not build:\n" + result.Stderr);
        Server = await SiteServer.StartAsync(_workspace.Output);
        Browser = await Chromium.LaunchAsync();
    }

    /// <summary>A new page with the given viewport and colour scheme; console errors and failed requests are collected.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync(int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url}");
        page.Response += (_, response) => { if (response.Status >= 400) problems.Add($"HTTP {response.Status}: {response.Url}"); };
        return (page, problems);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        if (Server is not null) await Server.DisposeAsync();
        _workspace?.Dispose();
    }
}
