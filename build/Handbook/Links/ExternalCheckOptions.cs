// How politely and how long external links are checked: per-host concurrency, timeouts, retries and the longest wait.
namespace Handbook.Links;

public sealed record ExternalCheckOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Tries after the first, for timeouts, 5xx and 429/503 with Retry-After.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>A Retry-After longer than this is not waited for; the URL is reported as inconclusive instead.</summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests in flight to one host at a time, so a site with many links is not hammered.</summary>
    public int PerHost { get; init; } = 2;

    public int MaxConcurrency { get; init; } = 16;
    public int MaxRedirects { get; init; } = 10;
    public string UserAgent { get; init; } = "Mozilla/5.0 (compatible; handbook-check/1.0; static site link checker)";
}
