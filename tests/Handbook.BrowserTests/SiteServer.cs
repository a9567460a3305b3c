// Serves a built site folder on 127.0.0.1 under a base path with Kestrel, answering misses with 404.html as GitHub Pages does.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Handbook.BrowserTests;

public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SiteServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The site root, e.g. http://127.0.0.1:40123/REPO/.</summary>
    public string BaseUrl { get; }

    /// <summary>Every path requested so far, for tests that assert nothing left the base path or failed.</summary>
    public List<(string Path, int Status)> Requests { get; } = [];

    public static async Task<SiteServer> StartAsync(string root, string basePath = "/")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        SiteServer? server = null;

        app.Use(async (context, next) =>
        {
            await next();
            lock (server!.Requests) server.Requests.Add((context.Request.Path.Value ?? "", context.Response.StatusCode));
        });
        app.Run(async context => await Serve(context, files, basePath));
        await app.StartAsync();

        var address = app.Urls.First().TrimEnd('/');
        server = new SiteServer(app, address + basePath);
        return server;
    }

    private static async Task Serve(HttpContext context, PhysicalFileProvider files, string basePath)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!path.StartsWith(basePath, StringComparison.Ordinal) && path + "/" != basePath)
        {
            await NotFound(context, files);
            return;
        }

        var relative = path.Length >= basePath.Length ? path[basePath.Length..] : "";
        var file = files.GetFileInfo(relative);
        if (file.IsDirectory || relative == "" || relative.EndsWith('/'))
        {
            if (!relative.EndsWith('/') && relative != "")
            {
                context.Response.Redirect(path + "/");
                return;
            }

            file = files.GetFileInfo(relative + "index.html");
        }
        else if (!file.Exists && files.GetFileInfo(relative + ".html") is { Exists: true } html)
        {
            file = html;
        }

        if (!file.Exists)
        {
            await NotFound(context, files);
            return;
        }

        context.Response.ContentType = ContentType(file.Name);
        await context.Response.SendFileAsync(file);
    }

    private static async Task NotFound(HttpContext context, PhysicalFileProvider files)
    {
        context.Response.StatusCode = 404;
        var page = files.GetFileInfo("404.html");
        if (!page.Exists) return;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.SendFileAsync(page);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".xml" => "application/xml",
        ".txt" => "text/plain; charset=utf-8",
        ".woff2" => "font/woff2",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
