// The tags of a page read with AngleSharp's tree, as a browser builds it: for `check` on pages of unknown origin.
using AngleSharp.Html.Parser;
using Handbook.Diagnostics;

namespace Handbook.Links;

public sealed class TreeTagSource(string html) : TagSource
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XLinkNamespace = "http://www.w3.org/1999/xlink";

    // One parser per thread: files are collected in parallel and a parser is not meant to be shared.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }));

    private readonly TextLines _lines = new(html);
    private readonly IEnumerator<HtmlTag> _tags = Elements(html).GetEnumerator();
    private int _styleStart;

    private HtmlTag Tag => _tags.Current;

    public override bool MoveNext() => _tags.MoveNext();

    public override TagName Name => TagNames.OfLower(Tag.Name);

    public override string NameText => Tag.Name;

    public override bool InSvg => Tag.InSvg;

    public override string? Value(AttributeName attribute)
    {
        if (!Tag.InSvg || attribute is not (AttributeName.Href or AttributeName.XLinkHref)) return Tag.Get(TagNames.Text(attribute));
        foreach (var a in Tag.Attributes)
            if (IsSvgLink(a) && a.XLink == (attribute == AttributeName.XLinkHref)) return a.Value;
        return null;
    }

    // The DOM names SVG's xlink:href "href", in the XLink namespace.
    private static bool IsSvgLink(HtmlTagAttribute a) => a.Name == "href" || (a.XLink && a.Name == "xlink:href");

    public override (int Line, int Column) At(AttributeName attribute, int within = -1, string? expected = null)
    {
        if (TagAttributeParser.ValueOffset(html, Tag.Start, TagNames.Text(attribute)) is not { } value) return _lines.At(Tag.Start);
        var exact = within >= 0 && expected is not null && string.CompareOrdinal(html, value + within, expected, 0, expected.Length) == 0;
        return _lines.At(exact ? value + within : value);
    }

    public override IReadOnlyList<AttributeName> SvgLinks()
    {
        var attributes = Tag.Attributes;
        int href = -1, xlink = -1;
        for (var i = 0; i < attributes.Count; i++)
            if (IsSvgLink(attributes[i]) && attributes[i].XLink && xlink < 0) xlink = i;
            else if (IsSvgLink(attributes[i]) && !attributes[i].XLink && href < 0) href = i;
        return SvgLinks(href, xlink);
    }

    public override string? StyleSheet()
    {
        _styleStart = html.IndexOf('>', Tag.Start) + 1;
        if (_styleStart == 0) return null;
        var end = html.IndexOf("</style", _styleStart, StringComparison.OrdinalIgnoreCase);
        return html[_styleStart..(end < 0 ? html.Length : end)];
    }

    public override (int Line, int Column) AtInStyleSheet(int offset) => _lines.At(_styleStart + offset);

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

    private static int TagStart(string html, AngleSharp.Dom.IElement element, int searchFrom)
    {
        if (element.SourceReference is { } reference && reference.Position.Index is var index && index >= 0 && index < html.Length && html[index] == '<')
            return index;
        // Some elements (an inline <svg>) come without a source reference: take the next tag of that name.
        var found = html.IndexOf("<" + element.LocalName, searchFrom, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? searchFrom : found;
    }
}
