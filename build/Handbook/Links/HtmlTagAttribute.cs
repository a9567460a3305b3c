// An attribute of a start tag: its qualified name (lower case), decoded value, and whether it is SVG's xlink:href kind.
namespace Handbook.Links;

/// <param name="Offset">Where the value starts in the page's text (the name, when it has no value), as the tag scanner read it;
/// -1 from the DOM, which keeps no attribute positions.</param>
public readonly record struct HtmlTagAttribute(string Name, string Value, bool XLink, int Offset = -1);
