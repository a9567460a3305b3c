// Serves a built site to Chromium through Playwright routes (no socket at all) and records every file a page fetches.
using System.IO.Compression;
using Microsoft.Playwright;

namespace Handbook.Benchmarks;

public sealed class SiteRoutes(string root)
{
    /// <summary>Never contacted: every request to it is answered by the route from the site folder.</summary>
    public const string Origin = "http://127.0.0.1:9/";

    /// <summary>Site paths fetched since the last <see cref="Clear"/>, in request order.</summary>
    public List<string> Fetched { get; } = [];

    public void Clear()
    {
        lock (Fetched) Fetched.Clear();
    }

    /// <summary>A fresh browser context (empty cache) whose requests the site folder answers.</summary>
    public async Task<IPage> OpenAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync();
        await context.RouteAsync("**/*", async route =>
        {
            if (!route.Request.Url.StartsWith(Origin, StringComparison.Ordinal))
            {
                await route.AbortAsync();
                return;
            }

            var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath.TrimStart('/'));
            lock (Fetched) Fetched.Add(path);
            var file = Path.Combine(root, path);
            if (path.Length == 0 || path.EndsWith('/')) file = Path.Combine(file, "index.html");
            if (!File.Exists(file))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
                return;
            }

            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = await File.ReadAllBytesAsync(file), ContentType = ContentType(file) });
        });
        return await context.NewPageAsync();
    }

    /// <summary>What a file costs on the wire: its gzip size, or its own size when it is already compressed.</summary>
    public long WireBytes(string path)
    {
        var bytes = File.ReadAllBytes(Path.Combine(root, path));
        return Math.Min(bytes.Length, Gzip(bytes));
    }

    public static long Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return buffer.Length;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".wasm" => "application/wasm",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
