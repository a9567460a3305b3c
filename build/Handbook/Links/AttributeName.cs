// The attributes the link collector reads; the tag scanner records where each is written and copies no other.
namespace Handbook.Links;

public enum AttributeName
{
    Id, Name, Href, XLinkHref, Src, Srcset, ImageSrcset, Poster, Data, Type, Rel, HttpEquiv, Content, Style,
}
