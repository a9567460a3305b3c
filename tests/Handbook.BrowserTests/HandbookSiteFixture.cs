// Builds the frozen seed handbook once per test run (the pages the tests name), serves it on 127.0.0.1 and opens Chromium.
using System.Diagnostics.CodeAnalysis;
using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable",
    Justification = "xunit ends a fixture with IAsyncLifetime.DisposeAsync, which disposes the workspace.")]
public sealed class HandbookSiteFixture : IAsyncLifetime
{
    private Workspace? _workspace;
    private SiteServer? _server;
    private IBrowser? _browser;

    // Without Chromium nothing is built: each test then fails at its first use of the fixture with the one-line install hint.
    private ChromiumMissingException? _missing;

    public SiteServer Server => _missing is null ? _server! : throw _missing;
    public IBrowser Browser => _missing is null ? _browser! : throw _missing;
    public string SiteRoot => _missing is null ? _workspace!.Output : throw _missing;

    public async Task InitializeAsync()
    {
        _missing = Chromium.Missing();
        if (_missing is not null) return;
        _workspace = new Workspace(RepoPaths.FrozenHandbook);
        var result = _workspace.Build();
        if (result.ExitCode != 0) throw new InvalidOperationException("The handbook did not build:\n" + result.Stderr);
        _server = await SiteServer.StartAsync(_workspace.Output);
        _browser = await Chromium.LaunchAsync();
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
        if (_browser is not null) await _browser.CloseAsync();
        if (_server is not null) await _server.DisposeAsync();
        _workspace?.Dispose();
    }
}
