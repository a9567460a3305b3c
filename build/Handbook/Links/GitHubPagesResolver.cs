// Resolves a URL of a page the way a browser does and finds the file GitHub Pages would serve for it, or why it would 404.
using Handbook.Diagnostics;

namespace Handbook.Links;

/// <param name="basePath">The URL path the site is served under, normalised to "/" or "/REPO/".</param>
/// <param name="baseUrl">The site's absolute URL, if known: absolute links under it are links into the site.</param>
public sealed class GitHubPagesResolver(SiteFiles files, string basePath, string? baseUrl)
{
    private readonly Uri? _siteUri = baseUrl is null ? null : new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
    private readonly Lazy<Dictionary<string, string>> _caseless = new(() => CaselessIndex(files));

    public LinkTarget Resolve(string fromFile, string? baseHref, LinkReference link)
    {
        var url = Clean(link.Url);
        if (url.Length == 0) return LinkTarget.Broken(Codes.EmptyLink, $"Empty {link.Kind}: it points at the page itself, which is rarely meant.");
        if (string.Equals(Scheme(url), "javascript", StringComparison.OrdinalIgnoreCase))
            return LinkTarget.Broken(Codes.ScriptLink, $"'{Short(url)}' ({link.Kind}) is a javascript: URL; it does nothing without script and content security policies block it. Use a <button>.");

        var document = basePath + fromFile;
        if (!link.RelativeToFile && !string.IsNullOrEmpty(baseHref))
        {
            var baseTarget = Absolute(document, Clean(baseHref), link);
            if (baseTarget.Problem is { } problem) return LinkTarget.Broken(baseTarget.Code!, $"<base href=\"{baseHref}\">: {problem}");
            if (baseTarget.External is { } externalBase)
                return Scheme(url) is null && !url.StartsWith("//", StringComparison.Ordinal)
                    ? Classify(new Uri(new Uri(externalBase), url).AbsoluteUri, link)
                    : ResolveUrl(url, document, link);
            // A base that is not a page URL (mailto:) is ignored by browsers too.
            if (baseTarget.Path is not null) document = baseTarget.Path;
        }

        return ResolveUrl(url, document, link);
    }

    private LinkTarget ResolveUrl(string url, string document, LinkReference link)
    {
        var target = Absolute(document, url, link);
        if (target.Problem is not null) return LinkTarget.Broken(target.Code!, $"'{Short(link.Url)}' ({link.Kind}) {target.Problem}");
        if (target.External is { } external) return LinkTarget.External(external);
        if (target.Path is null) return LinkTarget.Skipped;
        if (link.RelativeToFile && target.SameDocument) return LinkTarget.Skipped;
        return Lookup(target.Path, target.Fragment, link);
    }

    /// <summary>The URL made absolute: a site path ("/REPO/a/b"), an external URL, nothing (mailto:), or a problem.</summary>
    private AbsoluteUrl Absolute(string document, string url, LinkReference link)
    {
        var scheme = Scheme(url);
        if (scheme is not null || url.StartsWith("//", StringComparison.Ordinal))
        {
            var absolute = scheme is null ? "https:" + url : url;
            switch (scheme?.ToLowerInvariant())
            {
                case null or "http" or "https":
                    if (!Uri.TryCreate(absolute, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
                        return AbsoluteUrl.Broken(Codes.BadLinkUrl, "is not a valid URL.");
                    if (SitePath(uri) is { } own) return Absolute(document, own, link);
                    // A sitemap lists this site's pages; without --base-url, its URLs' paths are taken as the site's.
                    if (link.Kind == LinkCollector.SitemapKind)
                        return _siteUri is null
                            ? Absolute(document, uri.PathAndQuery + uri.Fragment, link)
                            : AbsoluteUrl.Broken(Codes.LeavesSite, $"is not a URL of this site ({_siteUri}).");
                    return new(null, null, uri.GetLeftPart(UriPartial.Query), false, null, null);
                case "file":
                    return AbsoluteUrl.Broken(Codes.LeavesSite, "is a file: URL, which points at a local disk and not at the published site.");
                default:
                    return default; // mailto:, tel:, data: and the like have nothing to resolve.
            }
        }

        var hash = url.IndexOf('#');
        var fragment = hash < 0 ? null : url[(hash + 1)..];
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        path = path.Replace('\\', '/');

        var sameDocument = path.Length == 0;
        var merged = sameDocument ? document : path.StartsWith('/') ? path : document[..(document.LastIndexOf('/') + 1)] + path;
        var (normalised, aboveRoot) = RemoveDotSegments(merged);
        if (aboveRoot) return AbsoluteUrl.Broken(Codes.LeavesSite, "climbs above the site root with '..'.");
        if (!normalised.StartsWith(basePath, StringComparison.Ordinal) && normalised + "/" != basePath)
            return AbsoluteUrl.Broken(Codes.LeavesSite, $"leaves the site: {normalised} is outside the base path {basePath}.");
        return new(normalised, fragment, null, sameDocument, null, null);
    }

    /// <summary>The path inside the site for an absolute URL under --base-url, or null for another site.</summary>
    private string? SitePath(Uri uri)
    {
        if (_siteUri is null || !string.Equals(uri.Host, _siteUri.Host, StringComparison.OrdinalIgnoreCase)
            || uri.Port != _siteUri.Port && !(uri.IsDefaultPort && _siteUri.IsDefaultPort))
            return null;
        var sitePath = _siteUri.AbsolutePath;
        if (!uri.AbsolutePath.StartsWith(sitePath, StringComparison.Ordinal) && uri.AbsolutePath + "/" != sitePath) return null;
        var rest = uri.AbsolutePath.Length >= sitePath.Length ? uri.AbsolutePath[sitePath.Length..] : "";
        return basePath + rest + uri.Query + uri.Fragment;
    }

    private LinkTarget Classify(string absolute, LinkReference link) =>
        Uri.TryCreate(absolute, UriKind.Absolute, out var uri) && SitePath(uri) is { } own
            ? ResolveUrl(own, basePath, link)
            : LinkTarget.External(absolute.Split('#')[0]);

    private LinkTarget Lookup(string sitePath, string? fragment, LinkReference link)
    {
        var relative = string.Join('/', sitePath[Math.Min(basePath.Length, sitePath.Length)..].Split('/').Select(Uri.UnescapeDataString));
        var shown = $"'{Short(link.Url)}' ({link.Kind})";
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            var folder = relative.TrimEnd('/');
            var index = folder.Length == 0 ? "index.html" : folder + "/index.html";
            if (files.IsFile(index)) return LinkTarget.ToFile(index, fragment);
            if (files.IsFolder(folder)) return NoIndex(shown, folder);
            if (files.IsFile(folder)) return LinkTarget.Broken(Codes.BrokenLink, $"{shown}: '{folder}' is a file, not a folder, so '{relative}' does not exist.");
            if (files.IsFile(folder + ".html"))
                return LinkTarget.Broken(Codes.BrokenLink, $"{shown}: '{relative}' does not exist; '{folder}.html' is served at '{folder}', without the slash.");
            return NotFound(shown, relative, [index]);
        }

        if (files.IsFile(relative)) return LinkTarget.ToFile(relative, fragment);
        if (files.IsFolder(relative))
            return files.IsFile(relative + "/index.html") ? LinkTarget.ToFile(relative + "/index.html", fragment) : NoIndex(shown, relative);
        if (files.IsFile(relative + ".html")) return LinkTarget.ToFile(relative + ".html", fragment);
        return NotFound(shown, relative, [relative, relative + "/index.html", relative + ".html"]);
    }

    private static LinkTarget NoIndex(string shown, string folder) =>
        LinkTarget.Broken(Codes.FolderWithoutIndex, $"{shown} points to the folder '{folder}/', which has no index.html, so GitHub Pages answers 404.");

    private LinkTarget NotFound(string shown, string relative, string[] tried)
    {
        foreach (var candidate in tried)
            if (_caseless.Value.TryGetValue(candidate.ToLowerInvariant(), out var actual))
                return LinkTarget.Broken(Codes.BrokenLink,
                    $"{shown}: '{relative}' does not exist; '{actual}' differs only in case, and GitHub Pages paths are case-sensitive.");
        var hint = Suggest(relative) is { } suggestion ? $" Did you mean '{suggestion}'?" : "";
        return LinkTarget.Broken(Codes.BrokenLink, $"{shown}: '{relative}' does not exist.{hint}");
    }

    /// <summary>The path with its first missing segment replaced by the closest name in that folder, if one is close.</summary>
    private string? Suggest(string relative)
    {
        var segments = relative.Split('/');
        var folder = "";
        for (var i = 0; i < segments.Length; i++)
        {
            var path = folder.Length == 0 ? segments[i] : $"{folder}/{segments[i]}";
            if (files.IsFolder(path) && i < segments.Length - 1)
            {
                folder = path;
                continue;
            }

            // A "suggestion" that replaces the whole name (y/ for x/) is noise.
            if (segments[i].Length == 0 || DidYouMean.Closest(segments[i], files.Children(folder)) is not { } closest
                || DidYouMean.Distance(segments[i], closest) >= segments[i].Length) return null;
            segments[i] = closest;
            var suggestion = string.Join('/', segments);
            // Only a suggestion that would resolve is worth printing.
            var trimmed = suggestion.TrimEnd('/');
            return files.IsFile(suggestion) || files.IsFile(trimmed + "/index.html") || files.IsFile(trimmed + ".html") ? suggestion : null;
        }

        return null;
    }

    private static (string Path, bool AboveRoot) RemoveDotSegments(string path)
    {
        var segments = path.Split('/');
        var output = new List<string>();
        var above = false;
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            if (segment is "." or "%2e" or "%2E")
            {
                if (last) output.Add("");
            }
            else if (segment is ".." or ".%2e" or "%2e." or "%2e%2e" or ".%2E" or "%2E." or "%2E%2E")
            {
                if (output.Count == 0) above = true;
                else output.RemoveAt(output.Count - 1);
                if (last) output.Add("");
            }
            else
            {
                output.Add(segment);
            }
        }

        return ("/" + string.Join('/', output), above);
    }

    /// <summary>A URL as browsers read it: leading and trailing spaces and controls dropped, tabs and newlines removed.</summary>
    private static string Clean(string url) =>
        url.Trim(' ', '\t', '\n', '\r', '\f').Replace("\t", "").Replace("\n", "").Replace("\r", "");

    private static string? Scheme(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return i > 0 ? url[..i] : null;
            if (!(char.IsAsciiLetter(c) || i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))) return null;
        }

        return null;
    }

    private static string Short(string url) => url.Length <= 120 ? url : url[..117] + "...";

    private static Dictionary<string, string> CaselessIndex(SiteFiles files)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in files.Paths) index.TryAdd(path.ToLowerInvariant(), path);
        return index;
    }
}
