// Finds anything in a built site that could run script other than the generator's own files: the check behind every safety test.
namespace Handbook.Tests.Support;

public static class LiveScript
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "poster", "srcset", "xlink:href"];

    /// <summary>One line per problem: a script element that is not one of the site's own files under assets/, an on* attribute, a script URL.</summary>
    public static IReadOnlyList<string> Find(BuiltSite site)
    {
        var problems = new List<string>();
        foreach (var page in site.HtmlFiles)
        {
            var document = site.Page(page);
            foreach (var script in document.QuerySelectorAll("script"))
                if (script.GetAttribute("src") is not { } src || !(IsAsset(src) || IsAreaData(site, page, src)) || script.TextContent.Trim().Length > 0)
                    problems.Add($"{page}: a script element that is not the generator's own: {script.OuterHtml[..Math.Min(80, script.OuterHtml.Length)]}");
            foreach (var element in document.QuerySelectorAll("iframe, frame, object, embed, base, form, meta[http-equiv=refresh i]"))
                problems.Add($"{page}: a {element.LocalName} element from content");
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{page}: {element.LocalName} has {attribute.Name}");
                    var value = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
                    if (UrlAttributes.Contains(attribute.Name) && (value.Contains("javascript:") || value.Contains("vbscript:") || value.StartsWith("data:text/html", StringComparison.Ordinal)))
                        problems.Add($"{page}: {element.LocalName} {attribute.Name} is a script URL");
                }
            }
        }

        return problems;
    }

    private static bool IsAsset(string src) => System.Text.RegularExpressions.Regex.IsMatch(src, @"(^|/)assets/[\w./-]+\.js$");

    /// <summary>An area's study-questions.js: the generator's own only while it is one JSON assignment with no '&lt;' in it.</summary>
    private static bool IsAreaData(BuiltSite site, string page, string src)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(src, @"^(\.\./)*[\w-]+/study-questions\.js$")) return false;
        var file = Path.GetFullPath(Path.Combine(site.Root, Path.GetDirectoryName(page)!, src));
        if (!file.StartsWith(Path.GetFullPath(site.Root), StringComparison.Ordinal) || !File.Exists(file)) return false;
        return StudyAreaData.Parse(File.ReadAllText(file)) is not null;
    }
}
