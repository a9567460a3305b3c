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
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            yield return new Token(text[start..i].ToLowerInvariant(), start, i - start);
            start = -1;
        }
    }

    /// <summary>The words worth indexing or searching: within the length limits.</summary>
    public static IEnumerable<string> Words(string text) =>
        Tokenize(text).Select(t => t.Word).Where(IsSearchable);

    public static bool IsSearchable(string word) => word.Length is >= MinLength and <= MaxLength;

    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };
}
