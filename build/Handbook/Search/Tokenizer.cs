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

    /// <summary>The run lower-cased, as the same string instance each time the thread meets it (a text's repeated words, and
    /// the same word in the scorer's counts, are one string).</summary>
    private static string Word(ReadOnlySpan<char> run)
    {
        ForgetPastBound();
        Span<char> buffer = run.Length <= 128 ? stackalloc char[run.Length] : new char[run.Length];
        return WordOf(Number(Lower(run, buffer)));
    }

    // This thread's vocabulary: each lower-cased word met, numbered in the order met. Tokenize hands out its strings and the
    // scorer counts by its numbers (TermCounter).
    [ThreadStatic]
    private static Dictionary<string, int>? t_numbers;

    [ThreadStatic]
    private static List<string>? t_words;

    private const int MaxKnownWords = 200_000;

    /// <summary>The number of a lower-cased word in this thread's vocabulary, added when new.</summary>
    internal static int Number(ReadOnlySpan<char> lower)
    {
        var numbers = t_numbers ??= new Dictionary<string, int>(StringComparer.Ordinal);
        var words = t_words ??= [];
        if (numbers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var number)) return number;
        var word = new string(lower);
        numbers[word] = words.Count;
        words.Add(word);
        return words.Count - 1;
    }

    /// <summary>The word this thread numbered <paramref name="number"/>.</summary>
    internal static string WordOf(int number) => t_words![number];

    /// <summary>Empties this thread's vocabulary once it passes its bound (text that is all distinct identifiers). Numbers given
    /// before mean nothing after, so it is called only where none is held: before a token, before a document is counted.</summary>
    internal static void ForgetPastBound()
    {
        if (t_words is not { Count: > MaxKnownWords }) return;
        t_words.Clear();
        t_numbers!.Clear();
    }

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
