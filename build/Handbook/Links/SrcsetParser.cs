// Splits a srcset attribute into its image candidates' URLs, each with its offset in the attribute value (HTML's algorithm).
namespace Handbook.Links;

public static class SrcsetParser
{
    public static IEnumerable<(string Url, int Offset)> Parse(string srcset)
    {
        var i = 0;
        while (true)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ',')) i++;
            if (i >= srcset.Length) yield break;

            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i])) i++;
            var url = srcset[start..i];
            if (url.EndsWith(','))
            {
                // "a.png,b.png": a URL ending in commas ends the candidate with no descriptors.
                yield return (url.TrimEnd(','), start);
                continue;
            }

            // Descriptors ("2x", "640w") run to the next comma outside parentheses.
            var depth = 0;
            while (i < srcset.Length && (srcset[i] != ',' || depth > 0))
            {
                if (srcset[i] == '(') depth++;
                else if (srcset[i] == ')' && depth > 0) depth--;
                i++;
            }

            yield return (url, start);
        }
    }
}
