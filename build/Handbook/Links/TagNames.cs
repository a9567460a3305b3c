// Element and attribute names as the tag scanner reads them from bytes, compared without regard to ASCII case.
using System.Text;

namespace Handbook.Links;

public static class TagNames
{
    private const int Longest = 11; // "imagesrcset"

    /// <summary>The element's name as <see cref="TagName"/>. A name beyond ASCII is lower-cased as .NET's ToLowerInvariant does
    /// (the Kelvin sign becomes 'k'), as the scanner always read names.</summary>
    public static TagName Of(ReadOnlySpan<byte> name)
    {
        if (name.Length > Longest) return TagName.Other;
        Span<char> lower = stackalloc char[Longest];
        if (Ascii.ToLower(name, lower, out var written) != System.Buffers.OperationStatus.Done)
            return NonAscii(name) is { Length: <= Longest } text ? OfLower(text) : TagName.Other;
        return OfLower(lower[..written]);
    }

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
