// Where the site is served: its base path and absolute root URL, resolved and validated in one place from the command line and
// handbook.yml, for every stage (pages, sitemap, link check) and for serve.
using Handbook.Model;

namespace Handbook.Core;

/// <param name="BasePath">The URL path of the site root, starting and ending with '/': "/" or "/REPO/".</param>
/// <param name="AbsoluteRoot">The site root's absolute URL (from --base-url), or null when none was given.</param>
public sealed record SiteAddress(string BasePath, string? AbsoluteRoot)
{
    /// <summary>--base-path wins over handbook.yml's base_path; --base-url gives the absolute root (with the base path when it names
    /// no path of its own).</summary>
    public static SiteAddress Of(BuildOptions options, HandbookSettings? settings) => Of(options.BasePath ?? settings?.BasePath, options.BaseUrl);

    public static SiteAddress Of(string? basePath, string? baseUrl)
    {
        var path = PageUrls.NormaliseBasePath(basePath);
        return new SiteAddress(path, PageUrls.AbsoluteRoot(baseUrl, path));
    }

    /// <summary>What is wrong with a --base-url given on the command line, or null.</summary>
    public static string? BaseUrlProblem(string? url) =>
        url is null || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") ? null
            : $"--base-url must be an absolute http(s) URL such as https://OWNER.github.io/REPO/, not '{url}'.";

    /// <summary>What is wrong with a --base-path given on the command line, or null (handbook.yml's is checked as it is read).</summary>
    public static string? BasePathProblem(string? path) =>
        path is not null && BasePathRule.Problem(path) is { } problem ? BasePathRule.Message("--base-path", problem) : null;
}
