// One element of AngleSharp's DOM as the link collector reads it: name, namespace, attributes, and the offset of its start tag.
namespace Handbook.Links;

/// <param name="Start">The offset of the tag's '&lt;' in the page's text.</param>
public sealed record HtmlTag(string Name, bool InSvg, int Start, IReadOnlyList<HtmlTagAttribute> Attributes)
{
    /// <summary>The first attribute of that (qualified) name, as the DOM's getAttribute answers.</summary>
    public string? Get(string name)
    {
        foreach (var attribute in Attributes)
            if (attribute.Name == name) return attribute.Value;
        return null;
    }
}
