// serve: edits reach open pages through the reload event; a broken edit shows its located error while the last good build stays served.
using System.Text.Json;
using AngleSharp.Html.Parser;
using Handbook.Build;
using Handbook.Core;
using Handbook.Serve;
using Handbook.Templates;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class ServeSessionTests
{
    private const string Question = "content/areas/alpha/questions/01-first.yml";

    private static int Version((string Event, string Data) message) => JsonDocument.Parse(message.Data).RootElement.GetProperty("version").GetInt32();

    [Fact]
    public async Task An_edit_reloads_the_page_and_a_broken_edit_shows_its_error_over_the_last_good_build()
    {
        using var workspace = new Workspace();
        var (stdoutText, stderrText) = (new StringWriter(), new StringWriter());
        var (stdout, stderr) = (TextWriter.Synchronized(stdoutText), TextWriter.Synchronized(stderrText));
        await using var session = await ServeSession.StartAsync(new ServeOptions { Port = 0 }, stdout, stderr, workspace.Path);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/$", session.Url);
        Assert.Contains($"Serving {session.Url}", stdoutText.ToString());

        using var http = new HttpClient { BaseAddress = new Uri(session.Url), Timeout = TimeSpan.FromSeconds(30) };
        await using var events = await EventStream.OpenAsync(http, "__handbook/events");
        var hello = await events.NextAsync();
        Assert.Equal(("reload", 1), (hello.Event, Version(hello)));
        var page = await http.GetStringAsync("alpha/first/");
        Assert.Contains("First answer bullet.", page);
        Assert.Contains("__handbook/live-reload.js", page);

        // Save an edit: the watcher rebuilds, the page changes and open pages are told to reload.
        workspace.Edit(Question, "First answer bullet.", "First answer bullet, edited while serving.");
        var reload = await events.NextAsync();
        Assert.Equal(("reload", 2), (reload.Event, Version(reload)));
        page = await http.GetStringAsync("alpha/first/");
        Assert.Contains("First answer bullet, edited while serving.", page);
        // The script is added to responses only: the built file has none of it.
        var onDisk = File.ReadAllText(Path.Combine(workspace.Output, "alpha", "first", "index.html"));
        Assert.Contains("edited while serving", onDisk);
        Assert.DoesNotContain("__handbook", onDisk);

        // A broken edit: the located error reaches the terminal and the page, and the last good page is still served.
        workspace.Edit(Question, "source: dashboards", "source: dashbords");
        var failed = await events.NextAsync();
        Assert.Equal(("failed", 2), (failed.Event, Version(failed)));
        const string located = "content/areas/alpha/questions/01-first.yml(18,13): error HB0006: Evidence source 'dashbords' is not defined in evidence.yml. Did you mean 'dashboards'?";
        Assert.Equal([located], JsonDocument.Parse(failed.Data).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(located, stderrText.ToString());
        Assert.Contains("still serving the last good build", stderrText.ToString());

        var served = new HtmlParser().ParseDocument(await http.GetStringAsync("alpha/first/"));
        Assert.Contains("First answer bullet, edited while serving.", served.Body!.TextContent);
        Assert.Equal(located, served.QuerySelector($"#{ReloadSnippetRenderer.OverlayId} pre")!.TextContent);
        Assert.Contains("edited while serving", File.ReadAllText(Path.Combine(workspace.Output, "alpha", "first", "index.html")));

        // Fixing it clears the error and reloads with the fixed page.
        workspace.Edit(Question, "source: dashbords", "source: dashboards");
        workspace.Edit(Question, "Second answer bullet.", "Second answer bullet, fixed.");
        var fixedUp = await events.NextAsync();
        Assert.Equal(("reload", 3), (fixedUp.Event, Version(fixedUp)));
        served = new HtmlParser().ParseDocument(await http.GetStringAsync("alpha/first/"));
        Assert.Contains("Second answer bullet, fixed.", served.Body!.TextContent);
        Assert.Null(served.QuerySelector($"#{ReloadSnippetRenderer.OverlayId}"));
    }

    [Fact]
    public async Task The_search_index_follows_the_reloaded_page_and_stays_put_for_a_template_edit()
    {
        using var workspace = new Workspace();
        var stdoutText = new StringWriter();
        await using var session = await ServeSession.StartAsync(new ServeOptions { Port = 0 }, TextWriter.Synchronized(stdoutText), TextWriter.Null, workspace.Path);
        var updates = System.Threading.Channels.Channel.CreateUnbounded<RebuildResult>();
        session.SearchIndexUpdated += r => updates.Writer.TryWrite(r);
        using var http = new HttpClient { BaseAddress = new Uri(session.Url), Timeout = TimeSpan.FromSeconds(30) };
        await using var events = await EventStream.OpenAsync(http, "__handbook/events");
        await events.NextAsync();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync("search/t/za.js")).StatusCode);

        workspace.Edit(Question, "First answer bullet.", "First answer bullet, about Zanzibar.");
        Assert.Equal("reload", (await events.NextAsync()).Event);
        var update = await updates.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(update.Succeeded && update.FilesWritten > 0);
        Assert.Contains("\"zanzibar\"", await http.GetStringAsync("search/t/za.js"));
        Assert.Contains("Search index updated in", stdoutText.ToString());

        // A page-only change leaves the index as it is: no update runs.
        workspace.Edit("templates/layout.sbn-html", "</body>", "<!-- edited --></body>");
        Assert.Equal("reload", (await events.NextAsync()).Event);
        workspace.Edit(Question, "Second answer bullet.", "Second answer bullet about Quokkas.");
        Assert.Equal("reload", (await events.NextAsync()).Event);
        var next = await updates.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("\"quokkas\"", await http.GetStringAsync("search/t/qu.js"));
        Assert.False(updates.Reader.TryRead(out _), "one update per content edit");
        Assert.True(next.Succeeded);
    }

    [Fact]
    public async Task When_the_first_build_fails_the_errors_are_served_until_a_fix_builds_the_site()
    {
        using var workspace = new Workspace();
        workspace.Edit(Question, "source: dashboards", "source: dashbords");
        var stderrText = new StringWriter();
        await using var session = await ServeSession.StartAsync(new ServeOptions { Port = 0 }, TextWriter.Null, TextWriter.Synchronized(stderrText), workspace.Path);
        Assert.Contains("nothing to serve until it is fixed", stderrText.ToString());
        using var http = new HttpClient { BaseAddress = new Uri(session.Url) };
        var response = await http.GetAsync("");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var waiting = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("error HB0006", waiting.QuerySelector($"#{ReloadSnippetRenderer.OverlayId}")!.TextContent);

        await using var events = await EventStream.OpenAsync(http, "__handbook/events");
        Assert.Equal("failed", (await events.NextAsync()).Event);
        workspace.Edit(Question, "source: dashbords", "source: dashboards");
        var built = await events.NextAsync();
        Assert.Equal(("reload", 1), (built.Event, Version(built)));
        Assert.Contains("First answer bullet.", await http.GetStringAsync("alpha/first/"));
    }

    [Fact]
    public async Task Files_and_misses_are_served_like_GitHub_Pages_would_under_the_base_path()
    {
        using var workspace = new Workspace();
        await using var session = await ServeSession.StartAsync(new ServeOptions { Port = 0, Build = new BuildOptions { BasePath = "/REPO/" } },
            TextWriter.Null, TextWriter.Null, workspace.Path);
        Assert.EndsWith("/REPO/", session.Url);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(session.Url) };

        Assert.Equal("text/css", (await http.GetAsync("assets/theme.css")).Content.Headers.ContentType!.MediaType);
        var missing = await http.GetAsync("no/such/page/");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
        var folder = await http.GetAsync("alpha");
        Assert.Equal("/REPO/alpha/", folder.Headers.Location!.OriginalString);
        // Nothing outside the output folder is ever served, however the path is spelt.
        foreach (var escape in new[] { "../content/handbook.yml", "%2e%2e/content/handbook.yml", "..%2Fcontent/handbook.yml", "assets/..%5C..%5Ccontent/handbook.yml" })
        {
            var response = await http.GetAsync(escape);
            Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("title: Fixture Handbook", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task An_unexpected_exception_in_a_rebuild_is_HB0999_in_the_terminal_and_the_overlay_and_the_last_good_build_stays_served()
    {
        using var workspace = new Workspace();
        var fail = false;
        var stderrText = new StringWriter();
        // Set before the session starts, so its rebuild loop carries the hook; it throws only once fail is set.
        Pipeline.BeforeStage.Value = stage => { if (Volatile.Read(ref fail) && stage is RenderPagesStage) throw new InvalidOperationException("Injected rebuild failure"); };
        ServeSession started;
        try
        {
            started = await ServeSession.StartAsync(new ServeOptions { Port = 0 }, TextWriter.Null, TextWriter.Synchronized(stderrText), workspace.Path);
        }
        finally
        {
            Pipeline.BeforeStage.Value = null;
        }

        await using var session = started;
        var rebuilt = new TaskCompletionSource<RebuildResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Rebuilt += result => rebuilt.TrySetResult(result);
        Volatile.Write(ref fail, true);
        session.RequestRebuild();
        var failed = await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(60));

        const string line = "error HB0999: internal error (InvalidOperationException): Injected rebuild failure. Please report it, with --verbose's trace file.";
        Assert.Equal([line], failed.Errors.Select(e => e.ToString()));
        var printed = stderrText.ToString();
        Assert.Contains(line + Environment.NewLine + "Build failed: 1 error; still serving the last good build.", printed);
        Assert.Contains("run the command again with --verbose", printed);
        Assert.DoesNotContain("   at ", printed);

        using var http = new HttpClient { BaseAddress = new Uri(session.Url), Timeout = TimeSpan.FromSeconds(30) };
        var served = new HtmlParser().ParseDocument(await http.GetStringAsync("alpha/first/"));
        Assert.Contains("First answer bullet.", served.Body!.TextContent);
        Assert.Equal(line, served.QuerySelector($"#{ReloadSnippetRenderer.OverlayId} pre")!.TextContent);
    }
}
