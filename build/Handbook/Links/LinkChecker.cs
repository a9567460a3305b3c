// Checks every internal link and anchor of a built site: collects URLs from HTML, CSS and sitemap.xml, resolves, verifies.
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Handbook.Core;
using Handbook.Diagnostics;

namespace Handbook.Links;

public sealed class LinkChecker(LinkCheckOptions options)
{
    /// <param name="progress">Counts the files read, for build's live display.</param>
    /// <param name="cancel">Stops the check between pages.</param>
    public LinkReport Check(SiteFiles files, BuildProgress? progress = null, CancellationToken cancel = default)
    {
        var parallel = new ParallelOptions { CancellationToken = cancel };
        var resolver = new GitHubPagesResolver(files, options.BasePath, options.BaseUrl);
        // Every page repeats links to the same places (navigation, breadcrumbs, assets), written from the page to the site root
        // ("../../" + path): such a link resolves alike from any page, so each is resolved once. Other links, and problems, whose
        // messages quote the link as written, are resolved page by page. Looked up by the part of the URL after the way up, not
        // a copy of it: a large site has millions of links.
        var resolved = new ConcurrentDictionary<(string Kind, bool RelativeToFile), ConcurrentDictionary<string, LinkTarget>>();
        LinkTarget Resolve(PageScan scan, int depth, LinkReference link)
        {
            if (scan.BaseHref is null && SamePageFragment(scan.Path, link) is { } fragment) return LinkTarget.ToFile(scan.Path, fragment);
            if (scan.BaseHref is not null || FromRootAt(depth, link.Url) is not (>= 0 and var at)) return resolver.Resolve(scan.Path, scan.BaseHref, link);
            var known = resolved.GetOrAdd((link.Kind, link.RelativeToFile), static _ => new(StringComparer.Ordinal));
            if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(link.Url.AsSpan(at), out var target)) return target;
            target = resolver.Resolve(scan.Path, null, link);
            if (target.Problem is null) known.TryAdd(link.Url[at..], target);
            return target;
        }

        var pageAnchors = new ConcurrentDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var svgAnchors = new ConcurrentDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var findings = new ConcurrentBag<LinkFinding>();
        var external = new ConcurrentBag<ExternalLink>();
        // A link to an anchor of another page waits until every page has been read; the rest is checked as each page is read, so
        // no page's links are kept past it (a large site has millions).
        var otherPages = new ConcurrentBag<(string Page, LinkReference Link, string File, string Fragment)>();
        int scanned = 0, links = 0, ignored = 0;

        void CheckAnchor(string page, LinkReference link, string file, string fragment, IReadOnlySet<string> anchors)
        {
            if (HasAnchor(fragment, anchors)) return;
            var id = Uri.UnescapeDataString(fragment);
            var where = file == page ? "this page has" : $"'{file}' has";
            findings.Add(new LinkFinding(page, link.Line, link.Column, Severity.Error, Codes.MissingAnchor,
                $"'{link.Url}' ({link.Kind}): {where} no element with id '{id}'.{DidYouMean.Suffix(id, anchors)}", link.Url));
        }

        progress?.Count(files.Paths.Count());
        // Optimised from the first call: the files are read while the runtime is still busy compiling, and the quick first
        // compilation of this loop ran for a third of the check.
        Parallel.ForEach(files.Paths, parallel, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (path) =>
        {
            progress?.Advance();
            if (Scan(files, path) is not { } scan) return;
            Interlocked.Increment(ref scanned);
            if (IsHtml(path)) pageAnchors[path] = scan.Anchors;
            foreach (var problem in scan.Problems) findings.Add(problem);
            var ignoredHere = 0;
            var depth = path.AsSpan().Count('/');
            foreach (var link in scan.Links)
            {
                if (options.IsIgnored(link.Url))
                {
                    ignoredHere++;
                    continue;
                }

                var target = Resolve(scan, depth, link);
                if (target.Problem is { } problem)
                    findings.Add(new LinkFinding(scan.Path, link.Line, link.Column, Severity.Error, target.Code!, problem, link.Url));
                else if (target.ExternalUrl is { } url && !options.IsIgnored(url)) external.Add(new ExternalLink(url, scan.Path, link));
                else if (target is { File: { } file, Fragment: { } fragment })
                {
                    // Fragments are checked in HTML and SVG targets only: a PDF's #page=2 or a script's fragment means nothing here.
                    if (file == scan.Path && IsHtml(file)) CheckAnchor(scan.Path, link, file, fragment, scan.Anchors);
                    else if (IsHtml(file)) otherPages.Add((scan.Path, link, file, fragment));
                    else if (file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
                        CheckAnchor(scan.Path, link, file, fragment, svgAnchors.GetOrAdd(file, f => files.WithUtf8(f, bytes => LinkCollector.Html(f, bytes)).Anchors));
                }
            }

            Interlocked.Add(ref ignored, ignoredHere);
            Interlocked.Add(ref links, scan.Links.Count - ignoredHere);
        });

        Parallel.ForEach(otherPages, parallel, l =>
        {
            if (pageAnchors.TryGetValue(l.File, out var anchors)) CheckAnchor(l.Page, l.Link, l.File, l.Fragment, anchors);
        });

        return new LinkReport
        {
            Findings = LinkReport.Order(findings),
            Files = scanned,
            Links = links,
            Ignored = ignored,
            External = [.. external.OrderBy(e => e.Url, StringComparer.Ordinal)],
        };
    }

    /// <summary>What the collector finds in a file it reads (HTML, CSS, the sitemap, search documents); null for any other file.</summary>
    private PageScan? Scan(SiteFiles files, string path) =>
        IsHtml(path) ? files.WithUtf8(path, bytes => LinkCollector.Html(path, bytes, options.OwnPages)) // keeps nothing of the bytes
        : path.EndsWith(".css", StringComparison.OrdinalIgnoreCase) ? PageScan.Empty(path) with { Links = LinkCollector.Css(files.ReadText(path)) }
        : path == "sitemap.xml" ? LinkCollector.Sitemap(path, files.ReadText(path))
        : SearchIndexLinks.IsDocument(path) ? files.WithUtf8(path, bytes => SearchIndexLinks.Scan(path, bytes))
        : null;

    /// <summary>The part of <paramref name="url"/> after the "./" or "../../" that leads from <paramref name="file"/> to the site
    /// root, when it goes no higher and on into a path; otherwise null.</summary>
    internal static string? FromRoot(string file, string url) => FromRootAt(file.AsSpan().Count('/'), url) is >= 0 and var at ? url[at..] : null;

    /// <summary>Where <see cref="FromRoot"/>'s part starts in <paramref name="url"/> of a file <paramref name="depth"/> folders down, or -1.</summary>
    private static int FromRootAt(int depth, string url)
    {
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

    /// <summary>The fragment of a link written "#id" on a page of an ordinary path (a page's contents, its skip link), which the
    /// resolver would find on the page itself; null for any other link. Spared the resolver's path arithmetic, every page has some.</summary>
    private static string? SamePageFragment(string page, LinkReference link) =>
        link is { RelativeToFile: false, Url: ['#', ..] url } && url.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 && !page.Contains('%')
            ? url[1..]
            : null;

    /// <summary>An empty fragment, "#top" and text fragments need no element; otherwise an id or a[name], raw or percent-decoded.</summary>
    public static bool HasAnchor(string fragment, IReadOnlySet<string> anchors) =>
        fragment.Length == 0 || anchors.Contains(fragment) || anchors.Contains(Uri.UnescapeDataString(fragment))
        || Uri.UnescapeDataString(fragment).Equals("top", StringComparison.OrdinalIgnoreCase)
        || fragment.StartsWith(":~:", StringComparison.Ordinal);

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
