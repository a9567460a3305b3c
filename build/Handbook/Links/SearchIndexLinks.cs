// The search index's entries as links: each document file's page URL and its sections' anchors, checked like a page's links.
using System.Text.Json;

namespace Handbook.Links;

public static class SearchIndexLinks
{
    public const string Kind = "search entry";
    private const string Folder = "search/d/";
    private const string Call = "hbSearch(";

    /// <summary>A search document file: search/d/&lt;id&gt;.js, written as hbSearch("d/&lt;id&gt;", {"u": url, "s": [[anchor, heading, text], ...]}).</summary>
    public static bool IsDocument(string path) =>
        path.StartsWith(Folder, StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal) && path.IndexOf('/', Folder.Length) < 0;

    /// <summary>The entries' URLs, relative to the site's root (two folders up, given as the scan's base); a file that is not a
    /// Handbook search document (another generator's search/d/) has none.</summary>
    public static PageScan Scan(string path, string text)
    {
        var open = text.IndexOf(',', StringComparison.Ordinal);
        var close = text.LastIndexOf(");", StringComparison.Ordinal);
        if (!text.StartsWith(Call, StringComparison.Ordinal) || open < 0 || close <= open) return PageScan.Empty(path);
        try
        {
            using var json = JsonDocument.Parse(text.AsMemory(open + 1, close - open - 1));
            return PageScan.Empty(path) with { Links = Links(json.RootElement, text, open), BaseHref = "../../" };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return PageScan.Empty(path);
        }
    }

    private static List<LinkReference> Links(JsonElement root, string text, int open)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("u", out var u) || u.GetString() is not { } url) return [];
        // Columns point at the value in the file: the page's URL, or the section's anchor.
        var links = new List<LinkReference> { new(url, Kind, 1, text.IndexOf("\"u\":\"", open, StringComparison.Ordinal) + 6) };
        if (root.TryGetProperty("s", out var sections) && sections.ValueKind == JsonValueKind.Array)
            foreach (var section in sections.EnumerateArray())
                if (section.ValueKind == JsonValueKind.Array && section.GetArrayLength() > 0 && section[0].GetString() is { Length: > 0 } anchor)
                    // Anchors are ids, which JSON writes unescaped.
                    links.Add(new LinkReference($"{url}#{anchor}", Kind, 1, text.IndexOf("[\"" + anchor + "\"", open, StringComparison.Ordinal) + 3));

        return links;
    }
}
