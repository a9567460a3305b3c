// Finds where in content/ a link of a built page was written, so a finding names the file and line an author must fix.
using System.Text;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Links;

// Pages record their content file, but not where in it each link sits: the link is looked up as Markdown link syntax.
public sealed class ContentLinkLocator(IReadOnlyList<InputFile> content)
{
    private readonly Lazy<Dictionary<string, (string Text, TextLines Lines)>> _texts = new(() => content
        .Where(f => f.RelativePath.EndsWith(".yml", StringComparison.Ordinal) || f.RelativePath.EndsWith(".yaml", StringComparison.Ordinal))
        .ToDictionary(f => f.DisplayPath, f => { var text = Encoding.UTF8.GetString(f.Bytes).TrimStart('\uFEFF'); return (text, new TextLines(text)); }));

    /// <summary>The place <paramref name="url"/> is written as a Markdown link, preferring the page's own content file.</summary>
    public SourceLocation? Find(string url, string? pageSource)
    {
        if (url.Length == 0) return null;
        var files = _texts.Value;
        var order = pageSource is not null && files.ContainsKey(pageSource)
            ? files.Keys.Where(k => k == pageSource).Concat(files.Keys.Where(k => k != pageSource))
            : files.Keys;
        foreach (var file in order)
        {
            var (text, lines) = files[file];
            foreach (var written in AuthoredForms(url))
                if (Offset(text, written) is { } offset && lines.At(offset) is var (line, column))
                    return new SourceLocation(file, line, column);
        }

        return null;
    }

    // The renderer rewrites "/area/" to "../../area/" for the page it is on, so also look for the root-relative form.
    private static IEnumerable<string> AuthoredForms(string url)
    {
        yield return url;
        var rest = url;
        while (rest.StartsWith("../", StringComparison.Ordinal) || rest.StartsWith("./", StringComparison.Ordinal))
            rest = rest[(rest.IndexOf('/') + 1)..];
        if (rest != url) yield return "/" + rest;
        if (Uri.UnescapeDataString(url) is var decoded && decoded != url) yield return decoded;
    }

    private static int? Offset(string text, string url)
    {
        foreach (var opener in new[] { "](", "](<", "]: ", "<" })
        {
            var needle = opener + url;
            for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                var end = at + needle.Length;
                if (end == text.Length || text[end] is ')' or '>' or ' ' or '"' or '\'' or '\n' or '\r' or '\t')
                    return at + opener.Length;
            }
        }

        return null;
    }
}
