// Splits text into words exactly as the client (site-assets/search.js) does, so index and query agree on every word.
using System.Globalization;

namespace Handbook.Search;

public static class Tokenizer
{
    /// <summary>Words shorter than this are neither indexed nor searched: "a", "I" and stray digits only add noise.</summary>
    public const int MinLength = 2;

    /// <summary>Longer runs are identifiers or hashes, not words anyone types.</summary>
    public const int MaxLength = 40;

    /// <summary>Every maximal run of letters, marks and decimal digits, lower-cased; the JS twin uses /[\p{L}\p{M}\p{Nd}]+/gu.</summary>
    public static IEnumerable<Token> Tokenize(string text)
    {
        for (var at = 0; NextRun(text, ref at, out var start) is > 0 and var length;)
            yield return new Token(Word(text.AsSpan(start, length)), start, length);
    }

    /// <summary>The next run of word characters at or after <paramref name="at"/>: its start and length (0 at the end of the
    /// text), with <paramref name="at"/> moved past it. One scan for every reader of words, so they all split alike.</summary>
    internal static int NextRun(ReadOnlySpan<char> text, ref int at, out int start)
    {
        while (at < text.Length && !IsWordChar(text[at])) at++;
        start = at;
        while (at < text.Length && IsWordChar(text[at])) at++;
        return at - start;
    }

    /// <summary>The run lower-cased as the index and the client compare words, into <paramref name="buffer"/> (as long as the run).</summary>
    internal static ReadOnlySpan<char> Lower(ReadOnlySpan<char> run, Span<char> buffer) => buffer[..run.ToLowerInvariant(buffer)];

    /// <summary>The run lower-cased, as the same string instance each time the thread meets it: a handbook repeats a vocabulary
    /// of thousands of words millions of times, and a substring and its lower-cased copy per occurrence were most of indexing's
    /// garbage.</summary>
    private static string Word(ReadOnlySpan<char> run)
    {
        var words = t_words ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (words.Count > MaxKnownWords) words.Clear(); // a bound, for text that is all distinct identifiers
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = run.Length <= 128 ? stackalloc char[run.Length] : new char[run.Length];
        var lower = Lower(run, buffer);
        if (lookup.TryGetValue(lower, out var word)) return word;
        word = new string(lower);
        words[word] = word;
        return word;
    }

    private const int MaxKnownWords = 200_000;

    [ThreadStatic]
    private static Dictionary<string, string>? t_words;

    /// <summary>The words worth indexing or searching: within the length limits.</summary>
    public static IEnumerable<string> Words(string text) =>
        Tokenize(text).Select(t => t.Word).Where(IsSearchable);

    public static bool IsSearchable(string word) => word.Length is >= MinLength and <= MaxLength;

    private static bool IsWordChar(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };
}
