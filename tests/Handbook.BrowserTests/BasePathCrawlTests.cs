// A project site on GitHub Pages lives under /REPO/: every page and asset, crawled over HTTP and loaded in Chromium, resolves inside it.
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Handbook.Core;
using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[RequiresChromium]
public partial class BasePathCrawlTests
{
    private const string BasePath = "/REPO/";
    private const string PublicRoot = "https://owner.github.io/REPO/";

    [GeneratedRegex(@"url\(\s*['""]?([^'"")]+)['""]?\s*\)")]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"<loc>([^<]+)</loc>")]
    private static partial Regex SitemapLoc();

    [Fact]
    public async Task Every_page_and_asset_resolves_under_the_base_path_with_no_404()
    {
        using var workspace = new Workspace(RepoPaths.FrozenHandbook);
        // Site-relative links as an author writes them in Markdown must be rebased onto /REPO/ too.
        var question = workspace["content/areas/reliability-sre/questions/02-major-incident.yml"];
        File.WriteAllText(question, File.ReadAllText(question).Replace("Say you mitigated first",
            "Say (as in [the area](/reliability-sre/) and [the SEV review](/sources/sev-review/#top)) you mitigated first"));
        var build = workspace.Build(new BuildOptions { BasePath = BasePath, BaseUrl = PublicRoot });
        Assert.True(build.ExitCode == 0, build.Stderr);
        await using var server = await SiteServer.StartAsync(workspace.Output, BasePath);
        var root = new Uri(server.BaseUrl);
        using var http = new HttpClient();

        // Crawl over HTTP from the home page, the sitemap, robots.txt and a missing page (served the 404 page, whose links count too).
        var queue = new Queue<Uri>([root, new Uri(root, "sitemap.xml"), new Uri(root, "robots.txt"), new Uri(root, "no/such/page/")]);
        var seen = new HashSet<Uri>(queue);
        var pages = new List<Uri>();
        var failures = new List<string>();
        while (queue.TryDequeue(out var url))
        {
            var response = await http.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            var deliberatelyMissing = url.AbsolutePath == $"{BasePath}no/such/page/";
            if (response.StatusCode != (deliberatelyMissing ? HttpStatusCode.NotFound : HttpStatusCode.OK))
                failures.Add($"{(int)response.StatusCode} {url}");

            var type = response.Content.Headers.ContentType?.MediaType;
            IEnumerable<string> links = type switch
            {
                "text/html" => new HtmlParser().ParseDocument(body)
                    .QuerySelectorAll("a[href], link[href], script[src], img[src], meta[property='og:url'], meta[property='og:image']")
                    .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("content")!),
                "text/css" => CssUrl().Matches(body).Select(m => m.Groups[1].Value),
                "application/xml" => SitemapLoc().Matches(body).Select(m => m.Groups[1].Value),
                _ => [],
            };
            if (type == "text/html" && !deliberatelyMissing) pages.Add(url);
            if (url.AbsolutePath.EndsWith("robots.txt")) links = body.Split('\n').Where(l => l.StartsWith("Sitemap: ")).Select(l => l["Sitemap: ".Length..]);

            foreach (var link in links)
            {
                var target = new Uri(url, link);
                // Absolute links to the published site (canonical, og:url, sitemap) must name the project path; crawl them locally.
                if (target.AbsoluteUri.StartsWith("https://owner.github.io/", StringComparison.Ordinal))
                {
                    Assert.StartsWith(PublicRoot, target.AbsoluteUri);
                    target = new Uri(root, target.AbsoluteUri[PublicRoot.Length..]);
                }

                if (target.Scheme != "http" || target.Authority != root.Authority) continue;
                var local = new UriBuilder(target) { Fragment = "" }.Uri;
                if (seen.Add(local)) queue.Enqueue(local);
            }
        }

        Assert.Empty(failures);
        var authored = new HtmlParser().ParseDocument(await http.GetStringAsync(new Uri(root, "reliability-sre/major-incident/")));
        Assert.Equal(["../../reliability-sre/", "../../sources/sev-review/#top"],
            authored.QuerySelectorAll("main a").Where(a => a.TextContent is "the area" or "the SEV review").Select(a => a.GetAttribute("href")));
        var onDisk = new BuiltSite(workspace.Output).HtmlFiles
            .Select(f => new Uri(root, f.EndsWith("index.html") ? f[..^"index.html".Length] : f).AbsoluteUri);
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), pages.Select(p => p.AbsoluteUri).Distinct().Order(StringComparer.Ordinal));

        // Load every page in Chromium too, so requests made by CSS and scripts are seen.
        await using var browser = await Chromium.LaunchAsync();
        var tab = await browser.NewPageAsync();
        tab.Response += (_, r) => { if (r.Status >= 400) failures.Add($"{r.Status} {r.Url}"); };
        tab.RequestFailed += (_, r) => failures.Add($"failed {r.Url}");
        foreach (var page in pages)
        {
            // Generous: on a busy 2-core machine several browsers share the cores.
            await tab.GotoAsync(page.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 120_000 });
        }

        Assert.Empty(failures);
        lock (server.Requests)
        {
            Assert.True(server.Requests.Count > pages.Count * 2, $"only {server.Requests.Count} requests");
            Assert.All(server.Requests, r => Assert.StartsWith(BasePath, r.Path));
        }
    }
}
