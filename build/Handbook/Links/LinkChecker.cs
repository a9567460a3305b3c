// Checks every internal link and anchor of a built site: collects URLs from HTML, CSS and sitemap.xml, resolves, verifies.
using System.Collections.Concurrent;
using Handbook.Core;
using Handbook.Diagnostics;

namespace Handbook.Links;

public sealed class LinkChecker(LinkCheckOptions options)
{
    /// <param name="cancel">Stops the check between pages.</param>
    /// <param name="progress">Counts the files read, for build's live display.</param>
    public LinkReport Check(SiteFiles files, CancellationToken cancel = default, BuildProgress? progress = null)
    {
        var scans = new ConcurrentDictionary<string, PageScan>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { CancellationToken = cancel };
        progress?.Count(files.Paths.Count());
        Parallel.ForEach(files.Paths, parallel, path =>
        {
            progress?.Advance();
            if (IsHtml(path)) scans[path] = LinkCollector.Html(path, files.ReadText(path), options.OwnPages);
            else if (path.EndsWith(".css", StringComparison.OrdinalIgnoreCase)) scans[path] = PageScan.Empty(path) with { Links = LinkCollector.Css(files.ReadText(path)) };
            else if (path == "sitemap.xml") scans[path] = LinkCollector.Sitemap(path, files.ReadText(path));
            else if (SearchIndexLinks.IsDocument(path)) scans[path] = SearchIndexLinks.Scan(path, files.ReadText(path));
        });

        var resolver = new GitHubPagesResolver(files, options.BasePath, options.BaseUrl);
        // Every page repeats links to the same places (navigation, breadcrumbs, assets), written from the page to the site root
        // ("../../" + path): such a link resolves alike from any page, so each is resolved once. Other links, and problems, whose
        // messages quote the link as written, are resolved page by page.
        // Looked up by the part of the URL after the way up, not a copy of it: a large site has millions of links.
        var resolved = new ConcurrentDictionary<(string Kind, bool RelativeToFile), ConcurrentDictionary<string, LinkTarget>>();
        LinkTarget Resolve(PageScan scan, LinkReference link)
        {
            if (scan.BaseHref is not null || FromRootAt(scan.Path, link.Url) is not (>= 0 and var at)) return resolver.Resolve(scan.Path, scan.BaseHref, link);
            var known = resolved.GetOrAdd((link.Kind, link.RelativeToFile), static _ => new(StringComparer.Ordinal));
            if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(link.Url.AsSpan(at), out var target)) return target;
            target = resolver.Resolve(scan.Path, null, link);
            if (target.Problem is null) known.TryAdd(link.Url[at..], target);
            return target;
        }

        var svgAnchors = new ConcurrentDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var findings = new ConcurrentBag<LinkFinding>();
        var external = new ConcurrentBag<ExternalLink>();
        int links = 0, ignored = 0;

        Parallel.ForEach(scans.Values, parallel, scan =>
        {
            foreach (var problem in scan.Problems) findings.Add(problem);
            foreach (var link in scan.Links)
            {
                if (options.IsIgnored(link.Url))
                {
                    Interlocked.Increment(ref ignored);
                    continue;
                }

                Interlocked.Increment(ref links);
                var target = Resolve(scan, link);
                LinkFinding Finding(string code, string message) => new(scan.Path, link.Line, link.Column, Severity.Error, code, message, link.Url);

                if (target.Problem is { } problem) findings.Add(Finding(target.Code!, problem));
                else if (target.ExternalUrl is { } url && !options.IsIgnored(url)) external.Add(new ExternalLink(url, scan.Path, link));
                else if (target is { File: { } file, Fragment: { } fragment } && Anchors(file) is { } anchors && !HasAnchor(fragment, anchors))
                {
                    var id = Uri.UnescapeDataString(fragment);
                    var where = file == scan.Path ? "this page has" : $"'{file}' has";
                    findings.Add(Finding(Codes.MissingAnchor,
                        $"'{link.Url}' ({link.Kind}): {where} no element with id '{id}'.{DidYouMean.Suffix(id, anchors)}"));
                }
            }
        });

        return new LinkReport
        {
            Findings = LinkReport.Order(findings),
            Files = scans.Count,
            Links = links,
            Ignored = ignored,
            External = [.. external.OrderBy(e => e.Url, StringComparer.Ordinal)],
        };

        // Fragments are checked in HTML and SVG targets only: a PDF's #page=2 or a script's fragment means nothing here.
        IReadOnlySet<string>? Anchors(string file) =>
            scans.TryGetValue(file, out var target) && IsHtml(file) ? target.Anchors
            : file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? svgAnchors.GetOrAdd(file, f => LinkCollector.Html(f, files.ReadText(f)).Anchors)
            : null;
    }

    /// <summary>The part of <paramref name="url"/> after the "./" or "../../" that leads from <paramref name="file"/> to the site
    /// root, when it goes no higher and on into a path; otherwise null.</summary>
    internal static string? FromRoot(string file, string url) => FromRootAt(file, url) is >= 0 and var at ? url[at..] : null;

    /// <summary>Where <see cref="FromRoot"/>'s part starts in <paramref name="url"/>, or -1.</summary>
    private static int FromRootAt(string file, string url)
    {
        var depth = file.AsSpan().Count('/');
        var at = 0;
        if (depth == 0)
        {
            if (!url.StartsWith("./", StringComparison.Ordinal)) return -1;
            at = 2;
        }

        for (var i = 0; i < depth; i++, at += 3)
            if (string.CompareOrdinal(url, at, "../", 0, 3) != 0) return -1;
        return at >= url.Length || url[at] is '/' or '.' or '#' or '?' ? -1 : at;
    }

    /// <summary>An empty fragment, "#top" and text fragments need no element; otherwise an id or a[name], raw or percent-decoded.</summary>
    public static bool HasAnchor(string fragment, IReadOnlySet<string> anchors) =>
        fragment.Length == 0 || anchors.Contains(fragment) || anchors.Contains(Uri.UnescapeDataString(fragment))
        || Uri.UnescapeDataString(fragment).Equals("top", StringComparison.OrdinalIgnoreCase)
        || fragment.StartsWith(":~:", StringComparison.Ordinal);

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
