// Strings made from a page's UTF-8 bytes, shared: every page repeats its navigation's links and ids, each one string per thread.
using System.Text;

namespace Handbook.Links;

public static class Utf8Strings
{
    // Short ASCII values only (URLs, ids, names): longer ones rarely repeat. What repeats is each page's navigation and the ids
    // every page has, a few hundred values: a small set, emptied when full, keeps them and lets go of the rest. (Keeping up to
    // 100,000 held every URL of a large site to the end, and grew the set's arrays on the large-object heap.)
    private const int LongestShared = 256;
    private const int MostShared = 2_048;

    [ThreadStatic] private static HashSet<string>? _shared;

    /// <summary>The bytes decoded as UTF-8 (an invalid sequence becomes U+FFFD, as when the whole page is decoded).</summary>
    public static string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0) return "";
        if (utf8.Length > LongestShared || !Ascii.IsValid(utf8)) return Encoding.UTF8.GetString(utf8);
        // Looked up by the bytes themselves: no copy is made unless the string is new.
        var shared = _shared ??= new HashSet<string>(AsciiComparer.Instance);
        var lookup = shared.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (lookup.TryGetValue(utf8, out var known)) return known;
        var text = Encoding.ASCII.GetString(utf8);
        if (shared.Count >= MostShared) shared.Clear();
        shared.Add(text);
        return text;
    }

    /// <summary>ASCII bytes as a lower-case string.</summary>
    public static string Lower(ReadOnlySpan<byte> ascii) => Get(ascii) is var text && text.Any(char.IsAsciiLetterUpper) ? text.ToLowerInvariant() : text;

    /// <summary>Compares ASCII strings with their bytes; both hash alike, over the bytes (a string's only when it is added).</summary>
    private sealed class AsciiComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<byte>, string>
    {
        public static readonly AsciiComparer Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj) => GetHashCode(Encoding.ASCII.GetBytes(obj));

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public bool Equals(ReadOnlySpan<byte> alternate, string other) => Ascii.Equals(alternate, other);

        public string Create(ReadOnlySpan<byte> alternate) => Encoding.ASCII.GetString(alternate);
    }
}
