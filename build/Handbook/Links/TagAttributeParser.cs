// Finds where an attribute's value starts in the raw text of a start tag, so a finding points at the URL, not the tag.
namespace Handbook.Links;

// The DOM keeps only the element's position; attributes are re-read from the source with HTML's tokenizer rules.
public static class TagAttributeParser
{
    /// <summary>The offset of the value of <paramref name="name"/> in the tag starting at <paramref name="tagStart"/> ('&lt;'), or null.</summary>
    public static int? ValueOffset(string html, int tagStart, string name)
    {
        var i = tagStart + 1;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>')) i++;
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length || html[i] == '>') return null;

            var nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '=')) i++;
            var matches = i - nameStart == name.Length
                          && string.Compare(html, nameStart, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0;
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=')
            {
                if (matches) return nameStart;
                continue;
            }

            i++;
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i < html.Length && html[i] is '"' or '\'')
            {
                var quote = html[i];
                var valueStart = i + 1;
                var end = html.IndexOf(quote, valueStart);
                if (matches) return valueStart;
                i = end < 0 ? html.Length : end + 1;
            }
            else
            {
                if (matches) return i;
                while (i < html.Length && !IsSpace(html[i]) && html[i] != '>') i++;
            }
        }

        return null;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
