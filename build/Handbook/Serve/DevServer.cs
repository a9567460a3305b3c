// Kestrel serving the output folder under the base path, with the live-reload endpoints and the snippet added to HTML responses;
// only reads, only from this machine's names, only files inside the folder, with the site's security headers on every answer.
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Handbook.Templates;

namespace Handbook.Serve;

public sealed class DevServer : IAsyncDisposable
{
    public const int DefaultPort = 5000;
    private const int PortsToTry = 20;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    // The dev endpoints' own files, embedded in the tool: the name under __handbook/ and its content type.
    private static readonly Dictionary<string, (string Type, Lazy<byte[]> Bytes)> Resources = new()
    {
        ["live-reload.js"] = ("text/javascript; charset=utf-8", new(() => Embedded("live-reload.js"))),
        ["overlay.css"] = ("text/css; charset=utf-8", new(() => Embedded("overlay.css"))),
    };

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
        var hosts = new HostFilter(host);
        app.Run(context => Handle(context, Path.GetFullPath(root), basePath, hosts, hub));
        return app;
    }

    private static async Task Handle(HttpContext context, string root, string basePath, HostFilter hosts, LiveReloadHub hub)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = ContentSecurityPolicy.Policy;

        // In this order, and before any file is touched: a request from another site's page, a method that is not a read, a path that leaves the folder.
        var host = context.Request.Host;
        if (!host.HasValue)
        {
            await Refuse(context, StatusCodes.Status400BadRequest, "The request has no Host header.");
            return;
        }

        if (!hosts.Allows(host.Host))
        {
            await Refuse(context, StatusCodes.Status421MisdirectedRequest, $"This dev server answers only requests addressed to this machine (localhost, 127.0.0.1, [::1]), not to '{host.Host}'.");
            return;
        }

        var method = context.Request.Method;
        var head = HttpMethods.IsHead(method);
        if (!head && !HttpMethods.IsGet(method))
        {
            headers.Allow = "GET, HEAD";
            await Refuse(context, StatusCodes.Status405MethodNotAllowed, $"{method} is not allowed: the dev server only reads.");
            return;
        }

        // The raw target, not Request.Path: Kestrel has already decoded it and folded its dot segments, which would hide what was asked.
        var path = SitePath.Decode(context.Features.Get<IHttpRequestFeature>()!.RawTarget);
        if (path is null)
        {
            await Refuse(context, StatusCodes.Status400BadRequest, "The path is not one the site can hold.");
            return;
        }

        if (path == ReloadSnippetRenderer.Endpoint(basePath, "events"))
        {
            if (head) context.Response.ContentType = "text/event-stream";
            else await StreamEvents(context, hub);
            return;
        }

        foreach (var (name, (type, bytes)) in Resources)
        {
            if (path != ReloadSnippetRenderer.Endpoint(basePath, name)) continue;
            context.Response.ContentType = type;
            context.Response.ContentLength = bytes.Value.Length;
            await context.Response.Body.WriteAsync(bytes.Value);
            return;
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path == "/" || path + "/" == basePath) context.Response.Redirect(basePath);
            else await SendFile(context, root, "404.html", basePath, hub, StatusCodes.Status404NotFound);
            return;
        }

        var relative = path[basePath.Length..];
        if (SitePath.Resolve(root, relative) is not { } full)
        {
            await Refuse(context, StatusCodes.Status400BadRequest, "The path is not one the site can hold.");
            return;
        }

        if ((relative == "" || relative.EndsWith('/')) && File.Exists(Path.Combine(full, "index.html")))
            await SendFile(context, root, relative + "index.html", basePath, hub);
        else if (relative != "" && !relative.EndsWith('/') && Directory.Exists(full))
            context.Response.Redirect(context.Request.PathBase + context.Request.Path.ToUriComponent() + "/");
        else if (relative != "" && File.Exists(full))
            await SendFile(context, root, relative, basePath, hub);
        else
            await SendFile(context, root, "404.html", basePath, hub, StatusCodes.Status404NotFound);
    }

    private static Task Refuse(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(reason + "\n");
    }

    private static byte[] Embedded(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
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
            context.Response.ContentLength = new FileInfo(file).Length;
            await context.Response.SendFileAsync(file);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var page = await File.ReadAllTextAsync(file);
        // A length, so HEAD says what GET would send (Kestrel drops the body of a HEAD response).
        var bytes = System.Text.Encoding.UTF8.GetBytes(ReloadSnippetRenderer.Inject(page, ReloadSnippetRenderer.Render(basePath, hub.State)));
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
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
