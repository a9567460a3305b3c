// Builds the frozen seed handbook, breaks a copy of its output in every way the checker knows, and expects exactly those breaks.
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Handbook.Links;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class LinkMutationTests
{
    private sealed record Expected(string File, string Code, string? Url);

    [Fact]
    public void Every_break_of_the_seed_handbook_is_reported_once_and_nothing_else()
    {
        using var workspace = new Workspace(RepoPaths.FrozenHandbook);
        var build = workspace.Build();
        Assert.True(build.ExitCode == 0, build.Stderr);
        using var dir = new TempDir();
        var site = dir["site"];
        TempDir.Copy(workspace.Output, site);
        Assert.Empty(Findings(dir.Path));

        // Pages are picked from the output, so the test follows the content rather than naming it.
        string Read(string file) => File.ReadAllText(Path.Combine(site, file));
        void Write(string file, string text) => File.WriteAllText(Path.Combine(site, file), text);
        var area = Directory.EnumerateDirectories(site).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .First(d => d is not ("assets" or "sources" or "drill") && File.Exists(Path.Combine(site, d!, "index.html")))!;
        var questions = Directory.EnumerateDirectories(Path.Combine(site, area)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var sources = Directory.EnumerateDirectories(Path.Combine(site, "sources")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var (q1, q2) = ($"{area}/{questions[0]}/index.html", $"{area}/{questions[1]}/index.html");
        var areaPage = $"{area}/index.html";
        var expected = new List<Expected>();

        // 1. A target id removed: every link to it (the question's table of contents) breaks.
        expected.AddRange(LinksTo(site, q1, "flow").Select(l => new Expected(l.File, "HL0002", l.Url)));
        Write(q1, Replace(Read(q1), "id=\"flow\"", "id=\"flow-renamed\""));

        // 2. A path misspelt: the area page's first link to its first question.
        var link = Regex.Match(Read(areaPage), $"href=\"([^\"]*/{questions[0]}/)\"").Groups[1].Value;
        var misspelt = link.Replace(questions[0]!, Swap(questions[0]!));
        Write(areaPage, Replace(Read(areaPage), $"href=\"{link}\"", $"href=\"{misspelt}\""));
        expected.Add(new(areaPage, "HL0001", misspelt));

        // 3. An index.html deleted: every link to that page now reaches a folder without index.html.
        var deleted = $"sources/{sources[0]}/index.html";
        expected.AddRange(LinksTo(site, deleted, null).Where(l => l.File != deleted).Select(l => new Expected(l.File, "HL0003", l.Url)));
        File.Delete(Path.Combine(site, deleted));

        // 4. One srcset candidate broken, the other fine.
        Write("index.html", Replace(Read("index.html"), "</main>",
            "<img src=\"assets/favicon.svg\" srcset=\"assets/favicon.svg 1x, assets/favicon-2x.svg 2x\" alt=\"\"></main>"));
        expected.Add(new("index.html", "HL0001", "assets/favicon-2x.svg"));

        // 5. A CSS url() to a missing image.
        File.AppendAllText(Path.Combine(site, "assets/handbook.css"), "\n.mutation { background: url(missing-background.png); }\n");
        expected.Add(new("assets/handbook.css", "HL0001", "missing-background.png"));

        // 6. A style sheet link with the wrong case.
        var sourcePage = $"sources/{sources[1]}/index.html";
        Write(sourcePage, Replace(Read(sourcePage), "assets/theme.css\"", "assets/Theme.css\""));
        expected.Add(new(sourcePage, "HL0001", "../../assets/Theme.css"));

        // 7. A link that climbs out of the site.
        Write("index.html", Replace(Read("index.html"), "href=\"./\"", "href=\"../\""));
        expected.Add(new("index.html", "HL0004", "../"));

        // 8. A duplicate id.
        Write("404.html", Replace(Read("404.html"), "</main>", "<span id=\"main\"></span></main>"));
        expected.Add(new("404.html", "HL0005", null));

        // 9. A sitemap entry misspelt (the build writes a sitemap only with --base-url: this one is written by hand, as a
        // site's own would be).
        Write("sitemap.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" +
            "  <url><loc>/sources/</loc></url>\n  <url><loc>/source/</loc></url>\n</urlset>\n");
        expected.Add(new("sitemap.xml", "HL0001", "/source/"));

        // 10. An empty href and a javascript: URL.
        Write(areaPage, Replace(Read(areaPage), "</main>", "<a href=\"\">empty</a><a href=\"javascript:void(0)\">script</a></main>"));
        expected.Add(new(areaPage, "HL0006", ""));
        expected.Add(new(areaPage, "HL0007", "javascript:void(0)"));

        // 11. A meta refresh to nowhere.
        Write("sources/index.html", Replace(Read("sources/index.html"), "</head>", "<meta http-equiv=\"refresh\" content=\"0; url=../nowhere/\"></head>"));
        expected.Add(new("sources/index.html", "HL0001", "../nowhere/"));

        // 12. A missing anchor on another page.
        Write("index.html", Replace(Read("index.html"), "</main>", $"<a href=\"{area}/#no-such-section\">x</a></main>"));
        expected.Add(new("index.html", "HL0002", $"{area}/#no-such-section"));

        // 13. A script misspelt.
        Write(q2, Replace(Read(q2), "assets/handbook.js\"", "assets/handbok.js\""));
        expected.Add(new(q2, "HL0001", "../../assets/handbok.js"));

        var findings = Findings(dir.Path);
        Assert.Equal(expected.OrderBy(e => e.ToString()), findings.Select(f => f.Expected).OrderBy(e => e.ToString()));
        foreach (var f in findings.Where(f => !string.IsNullOrEmpty(f.Expected.Url)))
        {
            var line = File.ReadAllLines(Path.Combine(site, f.Expected.File))[f.Line - 1];
            // A search entry's section is located at its anchor, which the index writes apart from the page's URL.
            var written = f.Expected.File.StartsWith("search/", StringComparison.Ordinal) && f.Expected.Url!.Contains('#')
                ? f.Expected.Url[(f.Expected.Url.IndexOf('#') + 1)..] : f.Expected.Url!;
            Assert.StartsWith(written, line[(f.Column - 1)..]);
        }
    }

    private static List<(Expected Expected, int Line, int Column)> Findings(string folder)
    {
        var result = LinkCheckTests.Run(new CheckRequest { Folder = "site", Format = "json" }, folder);
        using var json = JsonDocument.Parse(result.Stdout);
        return [.. json.RootElement.GetProperty("findings").EnumerateArray().Select(f => (
            new Expected(f.GetProperty("file").GetString()!["site/".Length..], f.GetProperty("code").GetString()!, f.GetProperty("url").GetString()),
            f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32()))];
    }

    /// <summary>Every link and sitemap entry of the site that leads to <paramref name="target"/>, resolved by System.Uri, not by the checker.</summary>
    private static IEnumerable<(string File, string Url)> LinksTo(string site, string target, string? fragment)
    {
        var root = new Uri("http://site.test/");
        bool Hits(Uri uri) =>
            (uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath + "index.html" : uri.AbsolutePath) == "/" + target
            && (fragment is null || uri.Fragment == "#" + fragment);
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var page = Path.GetRelativePath(site, file).Replace('\\', '/');
            var baseUri = page == "404.html" ? root : new Uri(root, page);
            foreach (var a in parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("a[href], link[href]"))
                if (Hits(new Uri(baseUri, a.GetAttribute("href")!))) yield return (page, a.GetAttribute("href")!);
        }

        var sitemap = Path.Combine(site, "sitemap.xml");
        foreach (Match loc in Regex.Matches(File.Exists(sitemap) ? File.ReadAllText(sitemap) : "", "<loc>([^<]*)</loc>"))
            if (Hits(new Uri(root, loc.Groups[1].Value))) yield return ("sitemap.xml", loc.Groups[1].Value);

        // The search index's entries: a document's page and its sections' anchors, relative to the site's root.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site, "search", "d")))
        {
            var text = File.ReadAllText(file);
            var document = JsonDocument.Parse(text[(text.IndexOf(',') + 1)..text.LastIndexOf(");", StringComparison.Ordinal)]).RootElement;
            var url = document.GetProperty("u").GetString()!;
            var page = Path.GetRelativePath(site, file).Replace('\\', '/');
            var entries = document.GetProperty("s").EnumerateArray().Select(s => s[0].GetString()!).Where(a => a.Length > 0).Select(a => $"{url}#{a}");
            foreach (var entry in entries.Prepend(url))
                if (Hits(new Uri(root, entry))) yield return (page, entry);
        }
    }

    private static string Replace(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' not found");
        return text[..at] + to + text[(at + from.Length)..];
    }

    private static string Swap(string slug) => slug[..1] + slug[2] + slug[1] + slug[3..];
}
