// The search index's entries as links: each document file's page URL and its sections' anchors, checked like a page's links.
using System.Text;
using System.Text.Json;

namespace Handbook.Links;

public static class SearchIndexLinks
{
    public const string Kind = "search entry";
    private const string Folder = "search/d/";
    private static ReadOnlySpan<byte> Call => "hbSearch("u8;

    /// <summary>A search document file: search/d/&lt;id&gt;.js, written as hbSearch("d/&lt;id&gt;", {"u": url, "s": [[anchor, heading, text], ...]}).</summary>
    public static bool IsDocument(string path) =>
        path.StartsWith(Folder, StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal) && path.IndexOf('/', Folder.Length) < 0;

    /// <summary>The entries' URLs, relative to the site's root (two folders up, given as the scan's base); a file that is not a
    /// Handbook search document (another generator's search/d/) has none. Read from the file's UTF-8 bytes, never decoded whole.</summary>
    public static PageScan Scan(string path, ReadOnlyMemory<byte> utf8)
    {
        var text = utf8.Span;
        var open = text.IndexOf((byte)',');
        var close = text.LastIndexOf(");"u8);
        if (!text.StartsWith(Call) || open < 0 || close <= open) return PageScan.Empty(path);
        try
        {
            using var json = JsonDocument.Parse(utf8.Slice(open + 1, close - open - 1));
            return PageScan.Empty(path) with { Links = Links(json.RootElement, text, open), BaseHref = "../../" };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return PageScan.Empty(path);
        }
    }

    private static List<LinkReference> Links(JsonElement root, ReadOnlySpan<byte> text, int open)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("u", out var u) || u.GetString() is not { } url) return [];
        // Columns point at the value in the file: the page's URL, or the section's anchor.
        var links = new List<LinkReference> { new(url, Kind, 1, Column(text, open, "\"u\":\""u8, 5)) };
        if (root.TryGetProperty("s", out var sections) && sections.ValueKind == JsonValueKind.Array)
            foreach (var section in sections.EnumerateArray())
                if (section.ValueKind == JsonValueKind.Array && section.GetArrayLength() > 0 && section[0].GetString() is { Length: > 0 } anchor)
                    // Anchors are ids, which JSON writes unescaped.
                    links.Add(new LinkReference($"{url}#{anchor}", Kind, 1, Column(text, open, Encoding.UTF8.GetBytes("[\"" + anchor + "\""), 2)));

        return links;
    }

    /// <summary>The 1-based column, in characters, of the character <paramref name="past"/> characters into <paramref name="find"/>'s
    /// first appearance after <paramref name="open"/> (as if at -1 when it does not appear).</summary>
    private static int Column(ReadOnlySpan<byte> text, int open, ReadOnlySpan<byte> find, int past)
    {
        var found = text[open..].IndexOf(find);
        return (found < 0 ? -1 : Encoding.UTF8.GetCharCount(text[..(open + found)])) + past + 1;
    }
}
