// Element and attribute names as the tag scanner reads them from bytes, compared without regard to ASCII case.
using System.Text;

namespace Handbook.Links;

public static class TagNames
{
    private const int Longest = 11; // "imagesrcset"

    /// <summary>The element's name as <see cref="TagName"/>. A name beyond ASCII is lower-cased as .NET's ToLowerInvariant does
    /// (the Kelvin sign becomes 'k'), as the scanner always read names.</summary>
    // Asked of every tag of every page: the length and first letter settle most names (li, span, div, path) with no comparison.
    public static TagName Of(ReadOnlySpan<byte> name)
    {
        if (name.Length is 0 or > Longest) return TagName.Other;
        if (!Ascii.IsValid(name)) return NonAscii(name) is { Length: <= Longest } text ? OfLower(text) : TagName.Other;
        return (name.Length, name[0] | 0x20) switch
        {
            (1, 'a') => TagName.A,
            (2, 'b') => Is(name, "br"u8, TagName.Br),
            (2, 'h') => Is(name, "hr"u8, TagName.Hr),
            (3, 'i') => Is(name, "img"u8, TagName.Img),
            (3, 's') => Is(name, "svg"u8, TagName.Svg),
            (3, 'c') => Is(name, "col"u8, TagName.Col),
            (3, 'w') => Is(name, "wbr"u8, TagName.Wbr),
            (3, 'x') => Is(name, "xmp"u8, TagName.Xmp),
            (4, 'a') => Is(name, "area"u8, TagName.Area),
            (4, 'l') => Is(name, "link"u8, TagName.Link),
            (4, 'b') => Is(name, "base"u8, TagName.Base),
            (4, 'm') => Is(name, "meta"u8, TagName.Meta),
            (5, 'v') => Is(name, "video"u8, TagName.Video),
            (5, 'a') => Is(name, "audio"u8, TagName.Audio),
            (5, 't') => Is(name, "track"u8, TagName.Track) is var track && track != TagName.Other ? track : Is(name, "title"u8, TagName.Title),
            (5, 'e') => Is(name, "embed"u8, TagName.Embed),
            (5, 'i') => Is(name, "input"u8, TagName.Input),
            (5, 's') => Is(name, "style"u8, TagName.Style),
            (5, 'p') => Is(name, "param"u8, TagName.Param),
            (5, 'f') => Is(name, "frame"u8, TagName.Frame),
            (6, 's') => Is(name, "source"u8, TagName.Source) is var source && source != TagName.Other ? source : Is(name, "script"u8, TagName.Script),
            (6, 'i') => Is(name, "iframe"u8, TagName.Iframe),
            (6, 'o') => Is(name, "object"u8, TagName.EmbeddedObject),
            (6, 'k') => Is(name, "keygen"u8, TagName.Keygen),
            (7, 'b') => Is(name, "bgsound"u8, TagName.Bgsound),
            (7, 'n') => Is(name, "noembed"u8, TagName.Noembed),
            (8, 'b') => Is(name, "basefont"u8, TagName.Basefont),
            (8, 't') => Is(name, "textarea"u8, TagName.Textarea),
            (8, 'n') => Is(name, "noframes"u8, TagName.Noframes),
            (9, 'p') => Is(name, "plaintext"u8, TagName.Plaintext),
            _ => TagName.Other,
        };
    }

    private static TagName Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> known, TagName tag) => Ascii.EqualsIgnoreCase(name, known) ? tag : TagName.Other;

    /// <summary>A name already in lower case, as the DOM gives an HTML element's.</summary>
    public static TagName OfLower(ReadOnlySpan<char> lower) => lower switch
    {
        "a" => TagName.A, "area" => TagName.Area, "link" => TagName.Link, "img" => TagName.Img, "source" => TagName.Source,
        "script" => TagName.Script, "iframe" => TagName.Iframe, "video" => TagName.Video, "audio" => TagName.Audio, "track" => TagName.Track,
        "object" => TagName.EmbeddedObject, "embed" => TagName.Embed, "input" => TagName.Input, "base" => TagName.Base, "meta" => TagName.Meta,
        "style" => TagName.Style, "svg" => TagName.Svg, "plaintext" => TagName.Plaintext, "br" => TagName.Br, "col" => TagName.Col,
        "hr" => TagName.Hr, "wbr" => TagName.Wbr, "param" => TagName.Param, "keygen" => TagName.Keygen, "frame" => TagName.Frame,
        "basefont" => TagName.Basefont, "bgsound" => TagName.Bgsound, "textarea" => TagName.Textarea, "title" => TagName.Title,
        "xmp" => TagName.Xmp, "noembed" => TagName.Noembed, "noframes" => TagName.Noframes,
        _ => TagName.Other,
    };

    /// <summary>The name's text in lower case, for messages ("use href"): a known name is one shared string.</summary>
    public static string Text(TagName known, ReadOnlySpan<byte> name) => known switch
    {
        TagName.Other => Ascii.IsValid(name) ? Utf8Strings.Lower(name) : NonAscii(name),
        _ => Texts[(int)known],
    };

    private static readonly string[] Texts = [.. Enum.GetValues<TagName>().Select(n => n == TagName.EmbeddedObject ? "object" : n.ToString().ToLowerInvariant())];

    private static string NonAscii(ReadOnlySpan<byte> name) => Encoding.UTF8.GetString(name).ToLowerInvariant();

    /// <summary>The attribute, when the collector reads it; names beyond ASCII never match (OrdinalIgnoreCase keeps them apart).</summary>
    public static AttributeName? AttributeOf(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when Ascii.EqualsIgnoreCase(name, "id"u8) => AttributeName.Id,
        3 when Ascii.EqualsIgnoreCase(name, "src"u8) => AttributeName.Src,
        3 when Ascii.EqualsIgnoreCase(name, "rel"u8) => AttributeName.Rel,
        4 when Ascii.EqualsIgnoreCase(name, "href"u8) => AttributeName.Href,
        4 when Ascii.EqualsIgnoreCase(name, "name"u8) => AttributeName.Name,
        4 when Ascii.EqualsIgnoreCase(name, "type"u8) => AttributeName.Type,
        4 when Ascii.EqualsIgnoreCase(name, "data"u8) => AttributeName.Data,
        5 when Ascii.EqualsIgnoreCase(name, "style"u8) => AttributeName.Style,
        6 when Ascii.EqualsIgnoreCase(name, "srcset"u8) => AttributeName.Srcset,
        6 when Ascii.EqualsIgnoreCase(name, "poster"u8) => AttributeName.Poster,
        7 when Ascii.EqualsIgnoreCase(name, "content"u8) => AttributeName.Content,
        10 when Ascii.EqualsIgnoreCase(name, "xlink:href"u8) => AttributeName.XLinkHref,
        10 when Ascii.EqualsIgnoreCase(name, "http-equiv"u8) => AttributeName.HttpEquiv,
        11 when Ascii.EqualsIgnoreCase(name, "imagesrcset"u8) => AttributeName.ImageSrcset,
        _ => null,
    };

    /// <summary>The attribute's name as the collector writes it in a link's kind ("img srcset").</summary>
    public static string Text(AttributeName attribute) => AttributeTexts[(int)attribute];

    private static readonly string[] AttributeTexts =
        ["id", "name", "href", "xlink:href", "src", "srcset", "imagesrcset", "poster", "data", "type", "rel", "http-equiv", "content", "style"];
}
