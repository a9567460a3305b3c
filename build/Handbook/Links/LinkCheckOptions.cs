// What a link check resolves against and skips: the base path and URL the site is served at, and ignore patterns.
using System.Text.RegularExpressions;

namespace Handbook.Links;

public sealed record LinkCheckOptions
{
    /// <summary>Normalised to "/" or "/REPO/".</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The site's absolute URL; absolute links under it are checked as files of the site.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>URLs matching any of these (as written, or resolved for external links) are not checked.</summary>
    public IReadOnlyList<Regex> Ignore { get; init; } = [];

    /// <summary>The pages are the build's own output, written by its templates: their tags are read in one pass, without the full
    /// HTML tree (AngleSharp's) that a page of unknown origin needs to be read as a browser would. A third of the tree's cost was
    /// the inline SVG diagrams, whose ids and links the build wrote itself.</summary>
    public bool OwnPages { get; init; }

    public bool IsIgnored(string url)
    {
        // Asked of every link (millions on a large site), mostly with no patterns at all.
        foreach (var pattern in Ignore)
            if (pattern.IsMatch(url)) return true;
        return false;
    }
}
