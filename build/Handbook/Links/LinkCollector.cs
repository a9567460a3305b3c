// Reads the URLs and anchors out of HTML (AngleSharp, with source positions), CSS files and sitemap.xml.
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Handbook.Diagnostics;

namespace Handbook.Links;

public static class LinkCollector
{
    public const string SitemapKind = "sitemap loc";
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XLinkNamespace = "http://www.w3.org/1999/xlink";

    // One parser per thread: files are collected in parallel and a parser is not meant to be shared.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }));

    /// <summary>Element name → the attributes holding one URL each.</summary>
    private static readonly Dictionary<string, string[]> UrlAttributes = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"], ["area"] = ["href"], ["link"] = ["href"], ["img"] = ["src"], ["source"] = ["src"],
        ["script"] = ["src"], ["iframe"] = ["src"], ["video"] = ["src", "poster"], ["audio"] = ["src"],
        ["track"] = ["src"], ["object"] = ["data"], ["embed"] = ["src"], ["input"] = ["src"],
    };

    /// <param name="ownPage">Written by the build's own templates: read with the one-pass tag scanner, never with the full tree.</param>
    /// <summary>Every attribute the collector reads: the tag scanner copies no other.</summary>
    private static readonly HashSet<string> ReadAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "name", "href", "xlink:href", "src", "srcset", "imagesrcset", "poster", "data", "type", "rel", "http-equiv", "content", "style",
    };

    /// <summary>The tags read for what they hold, not for their attributes: a &lt;style&gt; element's CSS.</summary>
    private static readonly HashSet<string> TagsWithoutAttributes = new(StringComparer.Ordinal) { "style" };

    // "a href", "img srcset": a handful of kinds, each made once rather than once per link (a page has hundreds of links).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Element, string Attribute), string> Kinds = new();

    private static string Kind(string element, string attribute) => Kinds.GetOrAdd((element, attribute), static k => $"{k.Element} {k.Attribute}");

    // Optimised from the first call, as the tag scanner is: thousands of pages go through it while the runtime is busy compiling.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static PageScan Html(string path, string html, bool ownPage = false)
    {
        var lines = new TextLines(html);
        var links = new List<LinkReference>();
        var problems = new List<LinkFinding>();
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        string? baseHref = null;
        var tags = ownPage || HtmlTagScanner.NestsDeeperThan(html, HtmlTagScanner.DeepNesting) ? HtmlTagScanner.Tags(html, ReadAttributes, TagsWithoutAttributes) : Elements(html);

        foreach (var element in tags)
        {
            var tag = element.Start;
            (int Line, int Column) At(string attribute, int within = -1, string? expected = null)
            {
                var value = element.Offset(attribute) is >= 0 and var scanned ? scanned : TagAttributeParser.ValueOffset(html, tag, attribute);
                if (value is null) return lines.At(tag);
                // Inside the value only when the source text is the decoded text (no character references in the way).
                var exact = within >= 0 && expected is not null && string.CompareOrdinal(html, value.Value + within, expected, 0, expected.Length) == 0;
                return lines.At(exact ? value.Value + within : value.Value);
            }

            void Add(string url, string attribute, int within = -1)
            {
                var (line, column) = At(attribute, within, url);
                links.Add(new LinkReference(url.Trim(), Kind(element.Name, attribute), line, column));
            }

            bool AddAnchor(string anchor, string attribute) => anchors.TryAdd(anchor, At(attribute).Line);

            if (element.Get("id") is { Length: > 0 } id && !AddAnchor(id, "id"))
            {
                var (line, column) = At("id");
                problems.Add(new LinkFinding(path, line, column, Severity.Error, Codes.DuplicateAnchor,
                    $"Duplicate id '{id}': line {anchors[id]} has it too, so a link to #{id} is ambiguous."));
            }

            if (element.InSvg)
            {
                foreach (var attr in element.Attributes.Where(a => a.Name == "href" || (a.XLink && a.Name == "xlink:href")))
                    Add(attr.Value, attr.XLink ? "xlink:href" : "href");
                continue;
            }

            var name = element.Name;
            if (name == "a" && element.Get("name") is { Length: > 0 } anchorName) AddAnchor(anchorName, "name");
            if (name == "base" && baseHref is null && element.Get("href") is { } href) baseHref = href.Trim();
            if (name == "link" && IsHint(element)) continue;

            if (UrlAttributes.TryGetValue(name, out var attributes))
                foreach (var attribute in attributes)
                    if (element.Get(attribute) is { } url && (name != "input" || string.Equals(element.Get("type"), "image", StringComparison.OrdinalIgnoreCase)))
                        Add(url, attribute);

            foreach (var attribute in new[] { "srcset", "imagesrcset" })
            {
                if (element.Get(attribute) is not { } srcset || name is not ("img" or "source" or "link")) continue;
                var candidates = SrcsetParser.Parse(srcset).ToList();
                if (candidates.Count == 0) Add("", attribute);
                foreach (var (url, offset) in candidates) Add(url, attribute, offset);
            }

            if (name == "meta" && string.Equals(element.Get("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
                && element.Get("content") is { } content && MetaRefreshParser.Parse(content) is { } refresh)
                Add(refresh.Url, "content", refresh.Offset);

            if (element.Get("style") is { } style)
                foreach (var (url, offset, _) in CssUrlParser.Parse(style))
                    Add(url, "style", offset);

            if (name == "style")
            {
                var start = html.IndexOf('>', tag) + 1;
                var end = html.IndexOf("</style", start, StringComparison.OrdinalIgnoreCase);
                if (start > 0)
                    foreach (var (url, offset, import) in CssUrlParser.Parse(html[start..(end < 0 ? html.Length : end)]))
                    {
                        var (line, column) = lines.At(start + offset);
                        links.Add(new LinkReference(url.Trim(), import ? "style @import" : "style url()", line, column));
                    }
            }
        }

        return new PageScan(path, links, anchors.Keys.ToHashSet(StringComparer.Ordinal), baseHref, problems);
    }

    public static IReadOnlyList<LinkReference> Css(string css)
    {
        var lines = new TextLines(css);
        return [.. CssUrlParser.Parse(css).Select(u =>
        {
            var (line, column) = lines.At(u.Offset);
            return new LinkReference(u.Url.Trim(), u.Import ? "css @import" : "css url()", line, column, RelativeToFile: true);
        })];
    }

    /// <summary>The &lt;loc&gt; of every URL in a sitemap (or sitemap index); a sitemap that is not XML is one finding.</summary>
    public static PageScan Sitemap(string path, string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return PageScan.Empty(path) with
            {
                Problems = [new LinkFinding(path, e.LineNumber, e.LinePosition, Severity.Error, Codes.BadLinkUrl, $"The sitemap is not valid XML: {e.Message}")],
            };
        }

        var links = document.Descendants().Where(e => e.Name.LocalName == "loc").Select(loc =>
        {
            IXmlLineInfo at = loc.Nodes().OfType<XText>().FirstOrDefault() is { } text && ((IXmlLineInfo)text).HasLineInfo() ? text : loc;
            return new LinkReference(loc.Value.Trim(), SitemapKind, at.LineNumber, at.LinePosition, RelativeToFile: true);
        });
        return PageScan.Empty(path) with { Links = [.. links] };
    }

    /// <summary>The elements of the page's DOM as tags, in tree order, each at its offset in the text.</summary>
    private static IEnumerable<HtmlTag> Elements(string html)
    {
        var document = Parser.Value!.ParseDocument(html);
        var lastTag = 0;
        foreach (var element in document.All)
        {
            lastTag = TagStart(html, element, lastTag);
            yield return new HtmlTag(element.LocalName, element.NamespaceUri == SvgNamespace, lastTag,
                [.. element.Attributes.Select(a => new HtmlTagAttribute(a.Name, a.Value, a.NamespaceUri == XLinkNamespace))]);
        }
    }

    // Resource hints name an origin to warm up, not a document, so they are not links to check.
    private static bool IsHint(HtmlTag link) =>
        (link.Get("rel") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Any(r => r.Equals("preconnect", StringComparison.OrdinalIgnoreCase) || r.Equals("dns-prefetch", StringComparison.OrdinalIgnoreCase));

    private static int TagStart(string html, IElement element, int searchFrom)
    {
        if (element.SourceReference is { } reference && reference.Position.Index is var index && index >= 0 && index < html.Length && html[index] == '<')
            return index;
        // Some elements (an inline <svg>) come without a source reference: take the next tag of that name.
        var found = html.IndexOf("<" + element.LocalName, searchFrom, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? searchFrom : found;
    }
}
