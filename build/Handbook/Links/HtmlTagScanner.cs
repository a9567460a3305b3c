// Reads start tags in one pass without building a tree: for pages nested too deep for AngleSharp's tree builder to stay linear.
using System.Net;
using System.Runtime.CompilerServices;

namespace Handbook.Links;

/// <remarks>AngleSharp's tree builder looks through the whole stack of open elements for each block start tag (HTML's "has
/// a p element in button scope"), so a page of N nested &lt;div&gt;s costs N² (100,000 of them: minutes). No real page nests
/// past a few dozen levels; past <see cref="DeepNesting"/> the collector takes its tags from here instead. It keeps what the
/// collector needs (names, attributes, offsets, SVG, raw text) and not the tree, which the collector never needed.</remarks>
public static class HtmlTagScanner
{
    public const int DeepNesting = 1_000;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "frame", "basefont", "bgsound",
    };

    // Elements whose content is text up to their end tag, in HTML (not in SVG, where they are ordinary elements).
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>True when start tags outnumber end tags by more than <paramref name="limit"/> at some point: an upper bound on
    /// the tree's depth (an unclosed &lt;p&gt; counts too), cheap enough to ask of every page.</summary>
    public static bool NestsDeeperThan(string html, int limit) => Scan(html, null, null, null, limit);

    /// <summary>Every start tag in document order.</summary>
    /// <param name="only">The attributes to keep (names compared case-insensitively); null keeps all. A page's SVG diagrams carry
    /// dozens of geometry attributes per element that a reader of links never asks for: skipped, they are never copied.</param>
    /// <param name="alwaysKeep">With <paramref name="only"/>, a tag that kept no attribute is left out unless it has one of these
    /// names: most tags of a page (every &lt;li&gt;, &lt;span&gt;, SVG shape) hold nothing a reader of links asks for.</param>
    public static IEnumerable<HtmlTag> Tags(string html, IReadOnlySet<string>? only = null, IReadOnlySet<string>? alwaysKeep = null)
    {
        var tags = new List<HtmlTag>();
        Scan(html, tags, only, alwaysKeep, int.MaxValue);
        return tags;
    }

    /// <summary>One pass over the page. With <paramref name="tags"/>, adds its start tags to it (a tag that kept no attribute only
    /// when <paramref name="alwaysKeep"/> is null or names it); without, stops and returns true as soon as start tags outnumber
    /// end tags by more than <paramref name="limit"/>.</summary>
    // Optimised from the first call: a build reads thousands of pages with it while the runtime is still busy compiling the rest,
    // and its quick first compilation ran several times slower for much of the link check.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Scan(string html, List<HtmlTag>? tags, IReadOnlySet<string>? only, IReadOnlySet<string>? alwaysKeep, int limit)
    {
        var attributes = tags is not null;
        var depth = 0;
        var svg = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var start = i;
            var next = html[i + 1];
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
            }
            else if (html.AsSpan(i).StartsWith("<![CDATA[") && svg > 0)
            {
                var close = html.IndexOf("]]>", i, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
            }
            else if (next is '!' or '?')
            {
                var close = html.IndexOf('>', i);
                i = close < 0 ? html.Length : close + 1;
            }
            else if (next == '/' && i + 2 < html.Length && char.IsAsciiLetter(html[i + 2]))
            {
                var name = Name(html, ref i, i + 2);
                List<HtmlTagAttribute>? none = null;
                SkipAttributes(html, ref i, false, ref none, null, svg > 0, out _);
                if (name == "svg" && svg > 0) svg--;
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next))
            {
                var name = Name(html, ref i, i + 1);
                var inSvg = svg > 0 || name == "svg";
                List<HtmlTagAttribute>? list = null;
                SkipAttributes(html, ref i, attributes, ref list, only, inSvg, out var selfClosing);
                var opens = !Void.Contains(name) && !(selfClosing && inSvg);
                if (name == "svg" && opens) svg++;
                if (attributes && (list is not null || alwaysKeep is null || alwaysKeep.Contains(name)))
                    tags!.Add(new HtmlTag(name, inSvg, start, list ?? (IReadOnlyList<HtmlTagAttribute>)[]));
                if (opens && ++depth > limit && !attributes) return true;
                if (!inSvg && RawText.Contains(name)) i = RawTextEnd(html, i, name);
                else if (!inSvg && name == "plaintext") i = html.Length;
            }
            else i++;
        }

        return false;
    }

    private static string Name(string html, ref int i, int from)
    {
        i = from;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>')) i++;
        return Lower(html.AsSpan(from, i - from));
    }

    /// <summary>The name in lower case: a name HTML or SVG defines comes from <see cref="KnownNames"/>, not a new string per tag.</summary>
    private static string Lower(ReadOnlySpan<char> name) =>
        System.Text.Ascii.IsValid(name) && KnownNames.TryGetValue(name, out var known) ? known : name.ToString().ToLowerInvariant();

    // ASCII only (checked before the lookup): ignoring case beyond ASCII, 'ı' would match 'i', where ToLowerInvariant keeps it.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = new[]
    {
        "a", "abbr", "area", "article", "aside", "audio", "b", "base", "blockquote", "body", "br", "button", "caption", "circle", "clippath",
        "code", "col", "dd", "defs", "desc", "details", "dialog", "div", "dl", "dt", "ellipse", "em", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "g", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input",
        "kbd", "label", "legend", "li", "line", "lineargradient", "link", "main", "marker", "meta", "nav", "noscript", "object", "ol",
        "option", "p", "path", "polygon", "polyline", "pre", "rect", "s", "script", "section", "select", "small", "source", "span",
        "strong", "style", "sub", "summary", "sup", "svg", "symbol", "table", "tbody", "td", "template", "text", "textarea", "tfoot", "th",
        "thead", "time", "title", "tr", "track", "tspan", "u", "ul", "use", "video", "wbr",
        "id", "name", "href", "xlink:href", "src", "srcset", "imagesrcset", "poster", "data", "type", "rel", "http-equiv", "content",
        "class", "lang", "charset", "hidden", "role", "tabindex", "width", "height", "viewbox", "x", "y", "d", "fill", "stroke",
    }.ToDictionary(n => n, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads attributes up to and past the tag's '&gt;', quotes honoured, as HTML's tokenizer does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SkipAttributes(string html, ref int i, bool keep, ref List<HtmlTagAttribute>? into, IReadOnlySet<string>? only, bool inSvg,
        out bool selfClosing)
    {
        selfClosing = false;
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
                selfClosing = html[i++] == '/' && i < html.Length && html[i] == '>';
            if (i >= html.Length) return;
            if (html[i] == '>')
            {
                i++;
                return;
            }

            selfClosing = false;
            var nameStart = i++;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '=')) i++;
            var nameEnd = i;
            while (i < html.Length && IsSpace(html[i])) i++;
            var valueStart = -1;
            var valueEnd = -1;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i])) i++;
                valueStart = i;
                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var close = html.IndexOf(html[i], i + 1);
                    valueStart = i + 1;
                    i = close < 0 ? html.Length : close;
                    valueEnd = i;
                    if (i < html.Length) i++;
                }
                else
                {
                    while (i < html.Length && !IsSpace(html[i]) && html[i] != '>') i++;
                    valueEnd = i;
                }
            }

            if (!keep || (only is not null && !Keeps(only, html.AsSpan(nameStart, nameEnd - nameStart)))) continue;
            var lower = Lower(html.AsSpan(nameStart, nameEnd - nameStart));
            if (Has(into, lower)) continue; // the first of a repeated attribute wins
            var value = valueStart < 0 ? "" : html[valueStart..valueEnd];
            // Where a finding about the attribute points: its value, or its name when it has none.
            (into ??= new List<HtmlTagAttribute>(2)).Add(new HtmlTagAttribute(lower, WebUtility.HtmlDecode(value), inSvg && lower == "xlink:href",
                valueStart < 0 ? nameStart : valueStart));
        }
    }

    private static bool Has(List<HtmlTagAttribute>? attributes, string name)
    {
        if (attributes is null) return false;
        foreach (var attribute in attributes)
            if (attribute.Name == name) return true;
        return false;
    }

    private static bool Keeps(IReadOnlySet<string> only, ReadOnlySpan<char> name) =>
        only is HashSet<string> set && set.Comparer == StringComparer.OrdinalIgnoreCase
            ? set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)
            : only.Contains(name.ToString().ToLowerInvariant());

    private static int RawTextEnd(string html, int from, string name)
    {
        var close = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html.Length : close;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
