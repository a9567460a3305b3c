// An attribute of a DOM element: its name as the DOM gives it, decoded value, and whether it is in the XLink namespace.
using System.Diagnostics.CodeAnalysis;

namespace Handbook.Links;

/// <remarks>The DOM keeps no attribute positions: <see cref="TagAttributeParser"/> finds them in the start tag.</remarks>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "An HTML attribute, as the HTML "
    + "standard names it; it is no System.Attribute and cannot be applied as one.")]
public readonly record struct HtmlTagAttribute(string Name, string Value, bool XLink);
