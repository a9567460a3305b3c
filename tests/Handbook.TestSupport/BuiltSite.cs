// A built output folder read back with AngleSharp: its pages as parsed documents, keyed by path.
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Handbook.Tests.Support;

public sealed class BuiltSite(string root)
{
    private static readonly HtmlParser Parser = new();

    public string Root => root;

    public IReadOnlyList<string> HtmlFiles =>
        [.. Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public IDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(root, path)));

    public string Text(string path) => Page(path).Body!.TextContent;

    /// <summary>Every (page, attribute value) of links and resources a page references.</summary>
    public IEnumerable<(string Page, string Url)> Links() =>
        HtmlFiles.SelectMany(page => Page(page)
            .QuerySelectorAll("a[href], link[href], script[src], img[src]")
            .Select(e => (page, e.GetAttribute("href") ?? e.GetAttribute("src")!)));
}
