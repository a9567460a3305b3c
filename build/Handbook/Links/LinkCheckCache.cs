// Remembers external verdicts in a JSON file so repeated checks skip URLs answered recently; entries expire.
using System.Text.Json;

namespace Handbook.Links;

public sealed class LinkCheckCache
{
    private readonly Dictionary<string, ExternalResult> _entries;
    private readonly TimeSpan _maxAge;

    private LinkCheckCache(Dictionary<string, ExternalResult> entries, TimeSpan maxAge)
    {
        _entries = entries;
        _maxAge = maxAge;
    }

    /// <summary>The cache file's entries; a missing or unreadable file is an empty cache, since it only saves time.</summary>
    public static LinkCheckCache Load(string path, TimeSpan maxAge)
    {
        Dictionary<string, ExternalResult>? entries = null;
        try
        {
            if (File.Exists(path)) entries = JsonSerializer.Deserialize(File.ReadAllText(path), LinkCheckCacheJson.Default.DictionaryStringExternalResult);
        }
        catch (JsonException)
        {
        }

        return new LinkCheckCache(entries ?? new Dictionary<string, ExternalResult>(StringComparer.Ordinal), maxAge);
    }

    public ExternalResult? Get(string url, DateTimeOffset now) =>
        _entries.TryGetValue(url, out var result) && now - result.CheckedAt <= _maxAge && now >= result.CheckedAt ? result : null;

    /// <summary>Keeps definite verdicts only: an inconclusive URL is asked again next time.</summary>
    public void Put(string url, ExternalResult result)
    {
        if (result.Status != ExternalStatus.Inconclusive) _entries[url] = result;
    }

    public void Save(string path, DateTimeOffset now)
    {
        var fresh = _entries.Where(e => now - e.Value.CheckedAt <= _maxAge).OrderBy(e => e.Key, StringComparer.Ordinal)
                            .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temp, JsonSerializer.Serialize(fresh, LinkCheckCacheJson.Default.DictionaryStringExternalResult));
        File.Move(temp, path, overwrite: true);
    }
}
