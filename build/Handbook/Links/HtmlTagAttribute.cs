// An attribute of a start tag: its qualified name (lower case), decoded value, and whether it is SVG's xlink:href kind.
using System.Diagnostics.CodeAnalysis;

namespace Handbook.Links;

[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "An HTML attribute, as the HTML "
    + "standard names it; it is no System.Attribute and cannot be applied as one.")]
public readonly record struct HtmlTagAttribute(string Name, string Value, bool XLink);
