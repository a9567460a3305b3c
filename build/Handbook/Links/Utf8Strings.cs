// Strings made from a page's UTF-8 bytes, shared: every page repeats its navigation's links and ids, each one string per thread.
using System.Text;

namespace Handbook.Links;

public static class Utf8Strings
{
    // Short ASCII values only (URLs, ids, names): longer ones rarely repeat. Bounded, so a site of unique URLs costs no more than
    // a string each, as before.
    private const int LongestShared = 256;
    private const int MostShared = 100_000;

    [ThreadStatic] private static HashSet<string>? _shared;

    /// <summary>The bytes decoded as UTF-8 (an invalid sequence becomes U+FFFD, as when the whole page is decoded).</summary>
    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0) return "";
        if (utf8.Length > LongestShared) return Encoding.UTF8.GetString(utf8);
        Span<char> chars = stackalloc char[utf8.Length];
        return Ascii.ToUtf16(utf8, chars, out _) == System.Buffers.OperationStatus.Done ? Shared(chars) : Encoding.UTF8.GetString(utf8);
    }

    /// <summary>ASCII bytes as a lower-case string.</summary>
    public static string Lower(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > LongestShared) return Encoding.ASCII.GetString(ascii).ToLowerInvariant();
        Span<char> chars = stackalloc char[ascii.Length];
        Ascii.ToLower(ascii, chars, out _);
        return Shared(chars);
    }

    private static string Shared(ReadOnlySpan<char> chars)
    {
        var shared = _shared ??= new HashSet<string>(StringComparer.Ordinal);
        if (shared.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var known)) return known;
        var text = chars.ToString();
        if (shared.Count < MostShared) shared.Add(text);
        return text;
    }
}
