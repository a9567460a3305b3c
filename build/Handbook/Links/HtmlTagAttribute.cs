// An attribute of a start tag: its qualified name (lower case), decoded value, and whether it is SVG's xlink:href kind.
using System.Diagnostics.CodeAnalysis;

namespace Handbook.Links;

/// <param name="Offset">Where the value starts in the page's text (the name, when it has no value), as the tag scanner read it;
/// -1 from the DOM, which keeps no attribute positions.</param>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "An HTML attribute, as the HTML "
    + "standard names it; it is no System.Attribute and cannot be applied as one.")]
public readonly record struct HtmlTagAttribute(string Name, string Value, bool XLink, int Offset = -1);
