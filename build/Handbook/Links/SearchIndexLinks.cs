// The search index's entries as links: each document file's page URL and its sections' anchors, checked like a page's links.
using System.Text.Json;

namespace Handbook.Links;

public static class SearchIndexLinks
{
    public const string Kind = "search entry";
    private const string Folder = "search/d/";

    /// <summary>A search document file: search/d/&lt;id&gt;.js, written as hbSearch("d/&lt;id&gt;", {"u": url, "s": [[anchor, heading, text], ...]}).</summary>
    public static bool IsDocument(string path) =>
        path.StartsWith(Folder, StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal) && path.IndexOf('/', Folder.Length) < 0;

    public static PageScan Scan(string path, string text)
    {
        var open = text.IndexOf(',', StringComparison.Ordinal);
        var close = text.LastIndexOf(");", StringComparison.Ordinal);
        if (open < 0 || close <= open) return PageScan.Empty(path);
        using var json = JsonDocument.Parse(text.AsMemory(open + 1, close - open - 1));
        var root = json.RootElement;
        if (!root.TryGetProperty("u", out var u) || u.GetString() is not { } url) return PageScan.Empty(path);

        // The page URL is relative to the site's root, two folders above this file.
        var links = new List<LinkReference> { new("../../" + url, Kind, 1, text.IndexOf("\"u\"", StringComparison.Ordinal) + 1, RelativeToFile: true) };
        if (root.TryGetProperty("s", out var sections))
            foreach (var section in sections.EnumerateArray())
                if (section.GetArrayLength() > 0 && section[0].GetString() is { Length: > 0 } anchor)
                {
                    // Anchors are ids, which JSON writes unescaped.
                    var at = text.IndexOf("[\"" + anchor + "\"", open, StringComparison.Ordinal);
                    links.Add(new LinkReference($"../../{url}#{anchor}", Kind, 1, at + 2, RelativeToFile: true));
                }

        return PageScan.Empty(path) with { Links = links };
    }
}
