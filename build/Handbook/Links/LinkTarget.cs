// Where a URL leads once resolved: a file of the site (with its #fragment), an external URL, nothing to check, or a problem.
namespace Handbook.Links;

public sealed record LinkTarget
{
    /// <summary>The site file the URL is served from, e.g. "area/q/index.html".</summary>
    public string? File { get; init; }

    /// <summary>The raw fragment without '#', or null when the URL has none.</summary>
    public string? Fragment { get; init; }

    /// <summary>An absolute http(s) URL of another site, without its fragment.</summary>
    public string? ExternalUrl { get; init; }

    public string? Code { get; init; }
    public string? Problem { get; init; }

    public static LinkTarget Skipped { get; } = new();

    public static LinkTarget ToFile(string file, string? fragment) => new() { File = file, Fragment = fragment };

    public static LinkTarget External(string url) => new() { ExternalUrl = url };

    public static LinkTarget Broken(string code, string problem) => new() { Code = code, Problem = problem };
}
