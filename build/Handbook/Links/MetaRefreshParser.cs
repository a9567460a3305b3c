// Reads the URL out of <meta http-equiv="refresh" content="5; url=...">, as browsers do.
namespace Handbook.Links;

public static class MetaRefreshParser
{
    /// <summary>The URL and its offset inside the content attribute, or null when the refresh only reloads the page.</summary>
    public static (string Url, int Offset)? Parse(string content)
    {
        var i = 0;
        while (i < content.Length && char.IsWhiteSpace(content[i])) i++;
        while (i < content.Length && (char.IsDigit(content[i]) || content[i] == '.')) i++;
        while (i < content.Length && (char.IsWhiteSpace(content[i]) || content[i] is ';' or ',')) i++;
        if (i >= content.Length) return null;

        if (string.Compare(content, i, "url", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
        {
            var j = i + 3;
            while (j < content.Length && char.IsWhiteSpace(content[j])) j++;
            if (j < content.Length && content[j] == '=')
            {
                i = j + 1;
                while (i < content.Length && char.IsWhiteSpace(content[i])) i++;
            }
        }

        if (i < content.Length && content[i] is '"' or '\'')
        {
            var quote = content[i];
            var end = content.IndexOf(quote, i + 1);
            return (content[(i + 1)..(end < 0 ? content.Length : end)], i + 1);
        }

        return (content[i..].TrimEnd(), i);
    }
}
