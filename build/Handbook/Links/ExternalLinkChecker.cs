// Checks external URLs over HTTP: HEAD then GET, redirects followed by hand, per-host limits, Retry-After, timeouts, bot walls.
using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Handbook.Links;

public sealed class ExternalLinkChecker : IDisposable
{
    // Markers of the interstitial pages bot-protection services answer with instead of the page.
    private static readonly string[] ChallengeMarkers =
        ["challenge-platform", "cf-chl", "Just a moment...", "Checking your browser", "captcha", "_Incapsula_Resource", "ddos-guard"];

    private readonly ExternalCheckOptions _options;
    private readonly HttpClient _client;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public ExternalLinkChecker(ExternalCheckOptions options)
    {
        _options = options;
        // Redirects are followed by hand so each hop is counted, loops are caught and per-host limits apply to every hop.
        _client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
    }

    /// <summary>Checks each distinct URL once, answering from <paramref name="cache"/> where it holds a fresh verdict.</summary>
    public async Task<IReadOnlyDictionary<string, ExternalResult>> CheckAsync(IEnumerable<string> urls, LinkCheckCache? cache = null,
        CancellationToken cancel = default)
    {
        var results = new ConcurrentDictionary<string, ExternalResult>(StringComparer.Ordinal);
        var toCheck = new List<string>();
        foreach (var url in urls.Distinct(StringComparer.Ordinal))
        {
            if (cache?.Get(url, DateTimeOffset.UtcNow) is { } cached) results[url] = cached;
            else toCheck.Add(url);
        }

        await Parallel.ForEachAsync(toCheck, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancel },
            async (url, token) => results[url] = await CheckAsync(url, token));
        if (cache is not null)
            foreach (var url in toCheck) cache.Put(url, results[url]);
        return results;
    }

    public async Task<ExternalResult> CheckAsync(string url, CancellationToken cancel = default)
    {
        var current = new Uri(url);
        var visited = new HashSet<string>(StringComparer.Ordinal) { current.AbsoluteUri };
        var redirects = 0;
        var tries = 0;
        while (true)
        {
            tries++;
            var retry = tries <= _options.Retries;
            (int Status, Uri? Location, TimeSpan? RetryAfter, bool Challenge) answer;
            try
            {
                answer = await RequestAsync(current, cancel);
            }
            catch (TimeoutException)
            {
                if (retry) continue;
                return Result(ExternalStatus.Inconclusive, $"did not answer within {Seconds(_options.Timeout)} ({Tries(tries)}).");
            }
            catch (HttpRequestException e)
            {
                return Result(ExternalStatus.Broken, $"could not be reached: {e.Message}");
            }

            var status = answer.Status;
            var via = redirects > 0 ? $" (after {redirects} redirect{(redirects == 1 ? "" : "s")}, at {current})" : "";
            if (status is >= 300 and < 400 && answer.Location is { } location)
            {
                var next = new Uri(current, location);
                if (next.Scheme is not ("http" or "https")) return Result(ExternalStatus.Broken, $"redirects to '{next}', which is not a web address.");
                if (!visited.Add(next.AbsoluteUri)) return Result(ExternalStatus.Broken, $"redirects in a loop: back to {next} after {redirects + 1} redirects.");
                if (++redirects > _options.MaxRedirects) return Result(ExternalStatus.Broken, $"redirects more than {_options.MaxRedirects} times.");
                current = next;
                tries = 0;
                continue;
            }

            if (answer.Challenge)
                return Result(ExternalStatus.Inconclusive, $"answered {Describe(status)} with a bot challenge{via}; check it in a browser.", status);
            if (status is >= 200 and < 300) return Result(ExternalStatus.Ok, $"answered {Describe(status)}{via}.", status);
            if (status is 429 or 503 && answer.RetryAfter is { } wait)
            {
                if (retry && wait <= _options.MaxRetryWait)
                {
                    await Task.Delay(wait, cancel);
                    continue;
                }

                return Result(ExternalStatus.Inconclusive,
                    $"answered {Describe(status)}{via} and asks to wait {Seconds(wait)} ({Tries(tries)}); not verified.", status);
            }

            if (status == 429)
            {
                if (retry)
                {
                    await Task.Delay(Backoff(tries), cancel);
                    continue;
                }

                return Result(ExternalStatus.Inconclusive, $"answered 429 Too Many Requests{via} ({Tries(tries)}); not verified.", status);
            }

            if (status is 401 or 403)
                return Result(ExternalStatus.Inconclusive, $"answered {Describe(status)}{via}: it needs a login or refuses automated checks; not verified.", status);
            if (status >= 500 && retry)
            {
                await Task.Delay(Backoff(tries), cancel);
                continue;
            }

            return Result(ExternalStatus.Broken, $"answered {Describe(status)}{via}{(status >= 500 ? $" ({Tries(tries)})" : "")}.", status);
        }
    }

    /// <summary>HEAD first; GET when HEAD is refused (403, 405, 501) or, for error answers, to read a bot challenge page.</summary>
    private async Task<(int Status, Uri? Location, TimeSpan? RetryAfter, bool Challenge)> RequestAsync(Uri uri, CancellationToken cancel)
    {
        var host = _hosts.GetOrAdd(uri.Authority, _ => new SemaphoreSlim(_options.PerHost));
        await host.WaitAsync(cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, uri), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)head.StatusCode;
            if (status is not (403 or 405 or 501 or 503 or 999) && !IsChallenge(head, "")) return Answer(head, uri, "");

            using var get = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, uri), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = (int)get.StatusCode is >= 200 and < 300 ? "" : await Prefix(get, timeout.Token);
            return Answer(get, uri, body);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new TimeoutException();
        }
        finally
        {
            host.Release();
        }
    }

    private static (int, Uri?, TimeSpan?, bool) Answer(HttpResponseMessage response, Uri uri, string body)
    {
        var retryAfter = response.Headers.RetryAfter is { } header
            ? header.Delta ?? (header.Date is { } date ? Max(date - DateTimeOffset.UtcNow, TimeSpan.Zero) : null)
            : (TimeSpan?)null;
        return ((int)response.StatusCode, response.Headers.Location, retryAfter, IsChallenge(response, body));
    }

    private static bool IsChallenge(HttpResponseMessage response, string body) =>
        response.Headers.TryGetValues("cf-mitigated", out var mitigated) && mitigated.Contains("challenge")
        || (int)response.StatusCode == 999
        || (int)response.StatusCode >= 400 && ChallengeMarkers.Any(m => body.Contains(m, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first 32 KB of an error page: enough to recognise a challenge, without downloading large bodies.</summary>
    private static async Task<string> Prefix(HttpResponseMessage response, CancellationToken cancel)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancel);
        var buffer = new byte[32 * 1024];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cancel)) > 0) read += n;
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static ExternalResult Result(ExternalStatus status, string detail, int? http = null) => new(status, detail, DateTimeOffset.UtcNow, http);

    private static TimeSpan Backoff(int tries) => TimeSpan.FromMilliseconds(Math.Min(4000, 250 * (1 << Math.Min(tries, 4))));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Describe(int status) =>
        Enum.IsDefined(typeof(HttpStatusCode), status) ? $"{status} {Words(((HttpStatusCode)status).ToString())}" : status.ToString();

    // "NotFound" -> "Not Found", while "OK" stays "OK".
    private static string Words(string name) => string.Concat(name.Select((c, i) =>
        i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || i + 1 < name.Length && char.IsLower(name[i + 1])) ? " " + c : c.ToString()));

    private static string Seconds(TimeSpan t) => t.TotalSeconds >= 1 ? $"{t.TotalSeconds:0.#} s" : $"{t.TotalMilliseconds:0} ms";

    private static string Tries(int n) => n == 1 ? "1 try" : $"{n} tries";

    public void Dispose() => _client.Dispose();
}
