// The element names the link collector and the tag scanner tell apart; every other element is Other.
namespace Handbook.Links;

public enum TagName
{
    Other, A, Area, Link, Img, Source, Script, Iframe, Video, Audio, Track, EmbeddedObject, Embed, Input, Base, Meta, Style, Svg, Plaintext,
    Br, Col, Hr, Wbr, Param, Keygen, Frame, Basefont, Bgsound, Textarea, Title, Xmp, Noembed, Noframes,
}
