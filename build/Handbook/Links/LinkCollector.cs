// Reads the URLs and anchors out of HTML (the build's pages from their bytes, others through AngleSharp's tree), CSS files and sitemap.xml.
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Handbook.Diagnostics;

namespace Handbook.Links;

public static class LinkCollector
{
    public const string SitemapKind = "sitemap loc";

    /// <summary>Element → the attributes holding one URL each.</summary>
    private static AttributeName[] UrlAttributes(TagName name) => name switch
    {
        TagName.A or TagName.Area or TagName.Link => Href,
        TagName.Img or TagName.Source or TagName.Script or TagName.Iframe or TagName.Audio or TagName.Track or TagName.Embed or TagName.Input => Src,
        TagName.Video => SrcAndPoster,
        TagName.EmbeddedObject => Data,
        _ => [],
    };

    private static readonly AttributeName[] Href = [AttributeName.Href];
    private static readonly AttributeName[] Src = [AttributeName.Src];
    private static readonly AttributeName[] SrcAndPoster = [AttributeName.Src, AttributeName.Poster];
    private static readonly AttributeName[] Data = [AttributeName.Data];
    private static readonly AttributeName[] Srcsets = [AttributeName.Srcset, AttributeName.ImageSrcset];

    // "a href", "img srcset": a handful of kinds, each made once rather than once per link (a page has hundreds of links).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Element, string Attribute), string> Kinds = new();
    private static readonly string?[] KnownKinds = new string?[(Enum.GetValues<TagName>().Length + 1) * AttributeSlots.Count];

    private static string Kind(string element, string attribute) => Kinds.GetOrAdd((element, attribute), static k => $"{k.Element} {k.Attribute}");

    private static string Kind(TagSource tag, AttributeName attribute)
    {
        if (tag.Name == TagName.Other) return Kind(tag.NameText, TagNames.Text(attribute));
        ref var known = ref KnownKinds[(int)tag.Name * AttributeSlots.Count + (int)attribute];
        return known ??= Kind(tag.NameText, TagNames.Text(attribute));
    }

    /// <param name="ownPage">Written by the build's own templates: read with the one-pass tag scanner, never with the full tree.</param>
    public static PageScan Html(string path, string html, bool ownPage = false)
    {
        var utf8 = Encoding.UTF8.GetBytes(html);
        return ownPage || HtmlTagScanner.NestsDeeperThan(utf8, HtmlTagScanner.DeepNesting)
            ? Collect(path, new Utf8TagSource(utf8))
            : Collect(path, new TreeTagSource(html));
    }

    /// <summary>A page as UTF-8 (without a byte-order mark): the build's own pages, and pages nested too deep for the tree, are
    /// read from their bytes; any other page is decoded for the tree.</summary>
    public static PageScan Html(string path, ReadOnlyMemory<byte> html, bool ownPage = false) =>
        ownPage || HtmlTagScanner.NestsDeeperThan(html, HtmlTagScanner.DeepNesting)
            ? Collect(path, new Utf8TagSource(html))
            : Collect(path, new TreeTagSource(Encoding.UTF8.GetString(html.Span)));

    // Optimised from the first call, as the tag scanner is: thousands of pages go through it while the runtime is busy compiling.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static PageScan Collect(string path, TagSource tag)
    {
        var links = new List<LinkReference>();
        List<LinkFinding>? problems = null;
        var anchors = new AnchorSet();
        string? baseHref = null;

        void Add(string url, AttributeName attribute, int within = -1)
        {
            var (line, column) = tag.At(attribute, within, url);
            links.Add(new LinkReference(url.Trim(), Kind(tag, attribute), line, column));
        }

        while (tag.MoveNext())
        {
            if (tag.Value(AttributeName.Id) is { Length: > 0 } id && !anchors.TryAdd(id, tag.At(AttributeName.Id).Line))
            {
                var (line, column) = tag.At(AttributeName.Id);
                (problems ??= []).Add(new LinkFinding(path, line, column, Severity.Error, Codes.DuplicateAnchor,
                    $"Duplicate id '{id}': line {anchors.LineOf(id)} has it too, so a link to #{id} is ambiguous."));
            }

            if (tag.InSvg)
            {
                foreach (var attribute in tag.SvgLinks()) Add(tag.Value(attribute)!, attribute);
                continue;
            }

            var name = tag.Name;
            if (name == TagName.A && tag.Value(AttributeName.Name) is { Length: > 0 } anchorName) anchors.TryAdd(anchorName, tag.At(AttributeName.Name).Line);
            if (name == TagName.Base && baseHref is null && tag.Value(AttributeName.Href) is { } href) baseHref = href.Trim();
            if (name == TagName.Link && IsHint(tag.Value(AttributeName.Rel))) continue;

            foreach (var attribute in UrlAttributes(name))
                if (tag.Value(attribute) is { } url && (name != TagName.Input || string.Equals(tag.Value(AttributeName.Type), "image", StringComparison.OrdinalIgnoreCase)))
                    Add(url, attribute);

            if (name is TagName.Img or TagName.Source or TagName.Link)
                foreach (var attribute in Srcsets)
                {
                    if (tag.Value(attribute) is not { } srcset) continue;
                    var candidates = SrcsetParser.Parse(srcset).ToList();
                    if (candidates.Count == 0) Add("", attribute);
                    foreach (var (url, offset) in candidates) Add(url, attribute, offset);
                }

            if (name == TagName.Meta && string.Equals(tag.Value(AttributeName.HttpEquiv), "refresh", StringComparison.OrdinalIgnoreCase)
                && tag.Value(AttributeName.Content) is { } content && MetaRefreshParser.Parse(content) is { } refresh)
                Add(refresh.Url, AttributeName.Content, refresh.Offset);

            if (tag.Value(AttributeName.Style) is { } style)
                foreach (var (url, offset, _) in CssUrlParser.Parse(style))
                    Add(url, AttributeName.Style, offset);

            if (name == TagName.Style && tag.StyleSheet() is { } css)
                foreach (var (url, offset, import) in CssUrlParser.Parse(css))
                {
                    var (line, column) = tag.AtInStyleSheet(offset);
                    links.Add(new LinkReference(url.Trim(), import ? "style @import" : "style url()", line, column));
                }
        }

        return new PageScan(path, links, anchors.Count == 0 ? PageScan.NoAnchors : anchors, baseHref, problems ?? (IReadOnlyList<LinkFinding>)[]);
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

    // Resource hints name an origin to warm up, not a document, so they are not links to check.
    private static bool IsHint(string? rel)
    {
        foreach (var token in (rel ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            if (token.Equals("preconnect", StringComparison.OrdinalIgnoreCase) || token.Equals("dns-prefetch", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
