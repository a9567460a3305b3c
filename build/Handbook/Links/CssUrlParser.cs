// Finds the URLs a style sheet loads (url() and @import) with their offsets, skipping comments and strings.
namespace Handbook.Links;

// A small scanner rather than AngleSharp.Css: findings need the offset of each URL, which the CSS object model does not keep.
public static class CssUrlParser
{
    /// <summary>Each URL with its offset; <c>Import</c> is true for @import "x.css", which names a style sheet without url().</summary>
    public static IEnumerable<(string Url, int Offset, bool Import)> Parse(string css)
    {
        var i = 0;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '/' && At(css, i, "/*"))
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 2;
            }
            else if (c is '"' or '\'')
            {
                i = SkipString(css, i, out _);
            }
            else if (c == '@' && AtWord(css, i, "@import"))
            {
                i += "@import".Length;
                while (i < css.Length && char.IsWhiteSpace(css[i])) i++;
                if (i < css.Length && css[i] is '"' or '\'')
                {
                    var start = i + 1;
                    i = SkipString(css, i, out var value);
                    yield return (value, start, true);
                }
            }
            else if ((c is 'u' or 'U') && AtWord(css, i, "url(") && (i == 0 || !IsNameChar(css[i - 1])))
            {
                i += 4;
                while (i < css.Length && char.IsWhiteSpace(css[i])) i++;
                if (i < css.Length && css[i] is '"' or '\'')
                {
                    var start = i + 1;
                    i = SkipString(css, i, out var value);
                    yield return (value, start, false);
                }
                else
                {
                    var start = i;
                    while (i < css.Length && css[i] != ')' && !char.IsWhiteSpace(css[i])) i++;
                    yield return (css[start..i], start, false);
                }
            }
            else
            {
                i++;
            }
        }
    }

    private static int SkipString(string css, int quoteAt, out string value)
    {
        var quote = css[quoteAt];
        var i = quoteAt + 1;
        while (i < css.Length && css[i] != quote && css[i] != '\n')
            i += css[i] == '\\' ? 2 : 1;
        value = css[(quoteAt + 1)..Math.Min(i, css.Length)];
        return i + 1;
    }

    private static bool At(string css, int i, string word) => string.CompareOrdinal(css, i, word, 0, word.Length) == 0;

    private static bool AtWord(string css, int i, string word) =>
        i + word.Length <= css.Length && string.Compare(css, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';
}
