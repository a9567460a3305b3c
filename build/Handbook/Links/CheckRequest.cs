// What `check` was asked to do, as given on the command line; validated and run by CheckCommand.
namespace Handbook.Links;

public sealed record CheckRequest
{
    public required string Folder { get; init; }
    public string BasePath { get; init; } = "/";
    public string? BaseUrl { get; init; }

    /// <summary>"text" or "json".</summary>
    public string Format { get; init; } = "text";

    public bool External { get; init; }
    public IReadOnlyList<string> Ignore { get; init; } = [];
    public string? CacheFile { get; init; }
    public TimeSpan CacheMaxAge { get; init; } = TimeSpan.FromDays(1);
    public ExternalCheckOptions ExternalOptions { get; init; } = new();

    /// <summary>Also print GitHub Actions annotations (text format); the command sets it from GITHUB_ACTIONS=true.</summary>
    public bool GitHubAnnotations { get; init; }
}
