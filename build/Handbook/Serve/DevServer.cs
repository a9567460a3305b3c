// Kestrel serving the output folder under the base path, with the live-reload endpoints and the snippet added to HTML responses.
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;

namespace Handbook.Serve;

public sealed class DevServer : IAsyncDisposable
{
    public const int DefaultPort = 5000;
    private const int PortsToTry = 20;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("live-reload.js")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    private readonly WebApplication _app;
    private readonly LiveReloadHub _hub;

    private DevServer(WebApplication app, LiveReloadHub hub, string url)
    {
        _app = app;
        _hub = hub;
        Url = url;
    }

    /// <summary>The site's address, base path included, e.g. http://127.0.0.1:5000/REPO/.</summary>
    public string Url { get; }

    /// <summary>Listens on <paramref name="port"/>, or, when none is given, on 5000 or the next free port after it.</summary>
    /// <exception cref="ListenFailedException">No port could be bound.</exception>
    public static async Task<DevServer> StartAsync(string root, string basePath, string host, int? port, LiveReloadHub hub)
    {
        var first = port ?? DefaultPort;
        for (var candidate = first; ; candidate++)
        {
            var app = Create(root, basePath, host, candidate, hub);
            try
            {
                await app.StartAsync();
                var address = app.Urls.First().TrimEnd('/');
                return new DevServer(app, hub, address + basePath);
            }
            catch (IOException) when (port is null && candidate < first + PortsToTry)
            {
                await app.DisposeAsync();
            }
            catch (IOException e)
            {
                await app.DisposeAsync();
                throw new ListenFailedException(e);
            }
        }
    }

    private static WebApplication Create(string root, string basePath, string host, int port, LiveReloadHub hub)
    {
        // The empty builder reads no configuration files and watches nothing, so the server adds no file watchers of its own.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls($"http://{host}:{port}");
        var app = builder.Build();
        app.Run(context => Handle(context, Path.GetFullPath(root), basePath, hub));
        return app;
    }

    private static async Task Handle(HttpContext context, string root, string basePath, LiveReloadHub hub)
    {
        var path = context.Request.Path.Value ?? "/";
        context.Response.Headers.CacheControl = "no-store";
        if (path == ReloadSnippetRenderer.Endpoint(basePath, "events"))
        {
            await StreamEvents(context, hub);
            return;
        }

        if (path == ReloadSnippetRenderer.Endpoint(basePath, "live-reload.js"))
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await context.Response.Body.WriteAsync(Script.Value);
            return;
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path == "/" || path + "/" == basePath) context.Response.Redirect(basePath);
            else await SendFile(context, root, "404.html", basePath, hub, StatusCodes.Status404NotFound);
            return;
        }

        var relative = path[basePath.Length..];
        if (relative.Split('/').Any(segment => segment is "." or ".." || segment.Contains('\\')))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if ((relative == "" || relative.EndsWith('/')) && File.Exists(Path.Combine(root, relative, "index.html")))
            await SendFile(context, root, relative + "index.html", basePath, hub);
        else if (relative != "" && !relative.EndsWith('/') && Directory.Exists(Path.Combine(root, relative)))
            context.Response.Redirect(path + "/");
        else if (relative != "" && File.Exists(Path.Combine(root, relative)))
            await SendFile(context, root, relative, basePath, hub);
        else
            await SendFile(context, root, "404.html", basePath, hub, StatusCodes.Status404NotFound);
    }

    private static async Task SendFile(HttpContext context, string root, string relative, string basePath, LiveReloadHub hub, int status = 200)
    {
        context.Response.StatusCode = status;
        var file = Path.Combine(root, relative);
        if (!File.Exists(file))
        {
            // Nothing built yet (the first build failed): a bare page that carries the errors and reloads once a build succeeds.
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Not built yet</title><body>" +
                ReloadSnippetRenderer.Render(basePath, hub.State) + "</body></html>");
            return;
        }
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (!file.EndsWith(".html", StringComparison.Ordinal))
        {
            await context.Response.SendFileAsync(file);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var page = await File.ReadAllTextAsync(file);
        await context.Response.WriteAsync(ReloadSnippetRenderer.Inject(page, ReloadSnippetRenderer.Render(basePath, hub.State)));
    }

    private static async Task StreamEvents(HttpContext context, LiveReloadHub hub)
    {
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        context.Response.ContentType = "text/event-stream";
        var aborted = context.RequestAborted;
        var channel = hub.Subscribe();
        try
        {
            await context.Response.WriteAsync("retry: 1000\n\n", aborted);
            await foreach (var message in channel.Reader.ReadAllAsync(aborted))
            {
                await context.Response.WriteAsync(message, aborted);
                await context.Response.Body.FlushAsync(aborted);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The page went away.
        }
        finally
        {
            hub.Unsubscribe(channel);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _hub.Close();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
