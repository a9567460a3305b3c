// A Kestrel server on 127.0.0.1 answering scripted routes, recording every request, for the external link tests.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Handbook.Tests.Support;

public sealed class TestHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(string Method, string Path, DateTime At)> _requests = [];

    private TestHttpServer(WebApplication app) => _app = app;

    /// <summary>e.g. http://127.0.0.1:40123, without a trailing slash.</summary>
    public string Url { get; private set; } = "";

    public IReadOnlyList<(string Method, string Path, DateTime At)> Requests
    {
        get { lock (_requests) return [.. _requests]; }
    }

    public int Count(string path) => Requests.Count(r => r.Path == path);

    /// <summary>Starts a server whose <paramref name="handle"/> answers every request (the request number per path is passed in).</summary>
    public static async Task<TestHttpServer> StartAsync(Func<HttpContext, int, Task> handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new TestHttpServer(app);
        app.Run(async context =>
        {
            int seen;
            lock (server._requests)
            {
                server._requests.Add((context.Request.Method, context.Request.Path.Value ?? "", DateTime.UtcNow));
                seen = server._requests.Count(r => r.Path == context.Request.Path.Value);
            }

            await handle(context, seen);
        });
        await app.StartAsync();
        server.Url = app.Urls.First().TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
