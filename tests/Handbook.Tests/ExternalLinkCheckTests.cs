// External links against a server the test starts on 127.0.0.1: answers, redirects, rate limits, HEAD refusals, timeouts, cache.
using System.Text.Json;
using Handbook.Commands;
using Handbook.Links;
using Handbook.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Handbook.Tests;

public class ExternalLinkCheckTests
{
    private static readonly ExternalCheckOptions Fast = new() { Timeout = TimeSpan.FromSeconds(5), Retries = 1, MaxRetryWait = TimeSpan.FromSeconds(2) };

    private static int _inFlight;
    private static int _maxInFlight;

    /// <summary>The scripted server: each path is one behaviour; <paramref name="n"/> counts requests to that path so far.</summary>
    private static async Task Handle(HttpContext context, int n)
    {
        var response = context.Response;
        var path = context.Request.Path.Value ?? "";
        switch (path)
        {
            case "/ok": response.StatusCode = 200; break;
            case "/missing": response.StatusCode = 404; break;
            case "/gone": response.StatusCode = 410; break;
            case "/redirect/3": response.Redirect("/redirect/2", permanent: true); break;
            case "/redirect/2": response.Redirect("/redirect/1"); break;
            case "/redirect/1": response.StatusCode = 307; response.Headers.Location = "/ok"; break;
            case "/redirect-to-missing": response.Redirect("/missing", permanent: true); break;
            case "/loop-a": response.Redirect("/loop-b"); break;
            case "/loop-b": response.Redirect("/loop-a"); break;
            case "/retry-after":
                response.StatusCode = n == 1 ? 429 : 200;
                if (n == 1) response.Headers.RetryAfter = "1";
                break;
            case "/always-429": response.StatusCode = 429; response.Headers.RetryAfter = "1"; break;
            case "/retry-after-long": response.StatusCode = 429; response.Headers.RetryAfter = "3600"; break;
            case "/head-405": response.StatusCode = context.Request.Method == "HEAD" ? 405 : 200; break;
            case "/slow":
                try { await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted); }
                catch (OperationCanceledException) { return; }
                break;
            case "/challenge":
                response.StatusCode = 403;
                response.Headers["cf-mitigated"] = "challenge";
                await response.WriteAsync("<title>Just a moment...</title>");
                break;
            case "/challenge-page":
                response.StatusCode = 503;
                await response.WriteAsync("<html><title>Just a moment...</title><script src=\"/cdn-cgi/challenge-platform/x.js\"></script></html>");
                break;
            case "/forbidden": response.StatusCode = 403; await response.WriteAsync("Forbidden"); break;
            case "/flaky": response.StatusCode = n == 1 ? 500 : 200; break;
            case "/down": response.StatusCode = 500; break;
            default:
                if (path.StartsWith("/per-host/", StringComparison.Ordinal))
                {
                    var now = Interlocked.Increment(ref _inFlight);
                    InterlockedMax(ref _maxInFlight, now);
                    await Task.Delay(150);
                    Interlocked.Decrement(ref _inFlight);
                    break;
                }

                response.StatusCode = 404;
                break;
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    private static async Task<(ExternalResult Result, TestHttpServer Server)> CheckOne(string path, ExternalCheckOptions? options = null)
    {
        var server = await TestHttpServer.StartAsync(Handle);
        using var checker = new ExternalLinkChecker(options ?? Fast);
        return (await checker.CheckAsync(server.Url + path), server);
    }

    [Theory]
    [InlineData("/ok", ExternalStatus.Ok, "answered 200 OK.")]
    [InlineData("/missing", ExternalStatus.Broken, "answered 404 Not Found.")]
    [InlineData("/gone", ExternalStatus.Broken, "answered 410 Gone.")]
    [InlineData("/redirect/3", ExternalStatus.Ok, "answered 200 OK (after 3 redirects, at {0}/ok).")]
    [InlineData("/redirect-to-missing", ExternalStatus.Broken, "answered 404 Not Found (after 1 redirect, at {0}/missing).")]
    [InlineData("/loop-a", ExternalStatus.Broken, "redirects in a loop: back to {0}/loop-a after 2 redirects.")]
    [InlineData("/challenge", ExternalStatus.Inconclusive, "answered 403 Forbidden with a bot challenge; check it in a browser.")]
    [InlineData("/challenge-page", ExternalStatus.Inconclusive, "answered 503 Service Unavailable with a bot challenge; check it in a browser.")]
    [InlineData("/forbidden", ExternalStatus.Inconclusive, "answered 403 Forbidden: it needs a login or refuses automated checks; not verified.")]
    [InlineData("/flaky", ExternalStatus.Ok, "answered 200 OK.")]
    [InlineData("/down", ExternalStatus.Broken, "answered 500 Internal Server Error (2 tries).")]
    public async Task Answers_are_judged_ok_broken_or_inconclusive(string path, ExternalStatus status, string detail)
    {
        var (result, server) = await CheckOne(path);
        await using var _ = server;
        Assert.Equal((status, string.Format(detail, server.Url)), (result.Status, result.Detail));
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_retried_after_the_wait_and_then_passes()
    {
        var (result, server) = await CheckOne("/retry-after");
        await using var _ = server;
        Assert.Equal(ExternalStatus.Ok, result.Status);
        var requests = server.Requests.Where(r => r.Path == "/retry-after").ToList();
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {requests[1].At - requests[0].At}");
    }

    [Fact]
    public async Task A_lasting_429_is_inconclusive_never_fine()
    {
        var (result, server) = await CheckOne("/always-429");
        await using var _ = server;
        Assert.Equal(ExternalStatus.Inconclusive, result.Status);
        Assert.Equal("answered 429 Too Many Requests and asks to wait 1 s (2 tries); not verified.", result.Detail);
        Assert.Equal(2, server.Count("/always-429"));
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_limit_is_not_waited_for()
    {
        var (result, server) = await CheckOne("/retry-after-long");
        await using var _ = server;
        Assert.Equal(ExternalStatus.Inconclusive, result.Status);
        Assert.Equal("answered 429 Too Many Requests and asks to wait 3600 s (1 try); not verified.", result.Detail);
        Assert.Equal(1, server.Count("/retry-after-long"));
    }

    [Fact]
    public async Task HEAD_refused_with_405_is_retried_as_GET()
    {
        var (result, server) = await CheckOne("/head-405");
        await using var _ = server;
        Assert.Equal(ExternalStatus.Ok, result.Status);
        Assert.Equal(["HEAD", "GET"], server.Requests.Where(r => r.Path == "/head-405").Select(r => r.Method));
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_inconclusive_after_its_retries()
    {
        var (result, server) = await CheckOne("/slow", Fast with { Timeout = TimeSpan.FromMilliseconds(300) });
        await using var _ = server;
        Assert.Equal(ExternalStatus.Inconclusive, result.Status);
        Assert.Equal("did not answer within 300 ms (2 tries).", result.Detail);
        // The checker gives up on a try after 300 ms, which on a busy machine can be before the server has logged it: wait for it.
        for (var waited = 0; waited < 50 && server.Count("/slow") < 2; waited++) await Task.Delay(100);
        Assert.Equal(2, server.Count("/slow"));
    }

    [Fact]
    public async Task A_refused_connection_is_broken()
    {
        var server = await TestHttpServer.StartAsync(Handle);
        var url = server.Url + "/ok";
        await server.DisposeAsync();
        using var checker = new ExternalLinkChecker(Fast);
        var result = await checker.CheckAsync(url);
        Assert.Equal(ExternalStatus.Broken, result.Status);
        Assert.StartsWith("could not be reached: ", result.Detail);
    }

    [Fact]
    public async Task Requests_to_one_host_are_limited_to_the_per_host_concurrency()
    {
        await using var server = await TestHttpServer.StartAsync(Handle);
        using var checker = new ExternalLinkChecker(Fast with { PerHost = 2 });
        _maxInFlight = 0;
        var results = await checker.CheckAsync(Enumerable.Range(1, 8).Select(i => $"{server.Url}/per-host/{i}"));
        Assert.All(results.Values, r => Assert.Equal(ExternalStatus.Ok, r.Status));
        Assert.Equal(8, server.Requests.Count);
        Assert.Equal(2, _maxInFlight);
    }

    [Fact]
    public async Task The_cache_answers_fresh_definite_results_and_asks_again_for_expired_or_inconclusive_ones()
    {
        await using var server = await TestHttpServer.StartAsync(Handle);
        using var dir = new TempDir();
        var file = dir["cache/links.json"];
        string[] urls = [server.Url + "/ok", server.Url + "/missing", server.Url + "/retry-after-long"];
        using var checker = new ExternalLinkChecker(Fast);

        var cache = LinkCheckCache.Load(file, TimeSpan.FromHours(1));
        var first = await checker.CheckAsync(urls, cache);
        cache.Save(file, DateTimeOffset.UtcNow);
        Assert.Equal([ExternalStatus.Ok, ExternalStatus.Broken, ExternalStatus.Inconclusive], urls.Select(u => first[u].Status));
        Assert.Equal([urls[1], urls[0]], JsonDocument.Parse(File.ReadAllText(file)).RootElement.EnumerateObject().Select(p => p.Name));

        var second = await checker.CheckAsync(urls, LinkCheckCache.Load(file, TimeSpan.FromHours(1)));
        Assert.Equal(urls.Select(u => first[u].Status), urls.Select(u => second[u].Status));
        Assert.Equal((1, 1, 2), (server.Count("/ok"), server.Count("/missing"), server.Count("/retry-after-long")));

        // Entries older than the maximum age are checked again.
        File.WriteAllText(file, File.ReadAllText(file).Replace(DateTimeOffset.UtcNow.Year.ToString(), "2001"));
        await checker.CheckAsync(urls, LinkCheckCache.Load(file, TimeSpan.FromHours(1)));
        Assert.Equal((2, 2), (server.Count("/ok"), server.Count("/missing")));
    }

    [Fact]
    public async Task The_check_command_reports_external_findings_honours_ignore_patterns_and_exits_1()
    {
        await using var server = await TestHttpServer.StartAsync(Handle);
        using var dir = new TempDir();
        Directory.CreateDirectory(dir["site"]);
        File.WriteAllText(dir["site/index.html"], $"""
            <!doctype html><title>External</title>
            <a href="{server.Url}/ok#section">fine</a> <a href="{server.Url}/ok">fine again, checked once</a>
            <a href="{server.Url}/missing">broken</a>
            <img src="{server.Url}/retry-after-long" alt="">
            <a href="{server.Url}/ignored/page">ignored</a>
            """);

        var result = LinkCheckTests.Run(new CheckRequest
        {
            Folder = "site", External = true, Ignore = ["/ignored/"], ExternalOptions = Fast, CacheFile = "links-cache.json",
        }, dir.Path);

        Assert.Equal(ExitCodes.BrokenLinks, result.ExitCode);
        Assert.Equal(
        [
            $"site/index.html(3,10): error HL0008: '{server.Url}/missing' (a href) answered 404 Not Found.",
            $"site/index.html(4,11): warning HL0009: '{server.Url}/retry-after-long' (img src) answered 429 Too Many Requests and asks to wait 3600 s (1 try); not verified.",
        ], result.Findings);
        Assert.Contains(", 1 ignored, 3 external URLs checked: 1 error, 1 warning in ", result.Stdout);
        Assert.Equal(0, server.Count("/ignored/page"));
        Assert.Equal(1, server.Count("/ok"));
        Assert.True(File.Exists(dir["links-cache.json"]));
    }
}
