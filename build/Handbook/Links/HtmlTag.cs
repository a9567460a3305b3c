// One start tag as the link collector sees it, from AngleSharp's DOM or from the linear scan: name, namespace, attributes, offset.
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

    /// <summary>Where the first attribute of that name has its value in the page, when the tag scanner read it; otherwise -1.</summary>
    public int Offset(string name)
    {
        foreach (var attribute in Attributes)
            if (attribute.Name == name) return attribute.Offset;
        return -1;
    }
}
