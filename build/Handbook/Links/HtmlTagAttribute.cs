// An attribute of a start tag: its qualified name (lower case), decoded value, and whether it is SVG's xlink:href kind.
namespace Handbook.Links;

public readonly record struct HtmlTagAttribute(string Name, string Value, bool XLink);
