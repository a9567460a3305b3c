// One page's start tags as the link collector reads them, one at a time: from AngleSharp's tree or from the byte scanner.
namespace Handbook.Links;

public abstract class TagSource
{
    protected static readonly AttributeName[] NoLinks = [];
    protected static readonly AttributeName[] HrefOnly = [AttributeName.Href];
    protected static readonly AttributeName[] XLinkOnly = [AttributeName.XLinkHref];
    protected static readonly AttributeName[] HrefFirst = [AttributeName.Href, AttributeName.XLinkHref];
    protected static readonly AttributeName[] XLinkFirst = [AttributeName.XLinkHref, AttributeName.Href];

    /// <summary>Moves to the next tag; false after the last.</summary>
    public abstract bool MoveNext();

    public abstract TagName Name { get; }

    /// <summary>The element's name as written in a link's kind ("a", "use").</summary>
    public abstract string NameText { get; }

    public abstract bool InSvg { get; }

    /// <summary>The attribute's decoded value, as the DOM's getAttribute answers; null when the tag has none.</summary>
    public abstract string? Value(AttributeName attribute);

    /// <summary>Where the attribute's value is written (its name when it has no value, the tag when it is absent); with
    /// <paramref name="within"/>, that many characters into the value, when the text written there reads
    /// <paramref name="expected"/> (no character reference in the way).</summary>
    public abstract (int Line, int Column) At(AttributeName attribute, int within = -1, string? expected = null);

    /// <summary>An SVG element's href and xlink:href (SVG's kind), in the order written.</summary>
    public abstract IReadOnlyList<AttributeName> SvgLinks();

    /// <summary>A &lt;style&gt; element's CSS: from its tag's first '&gt;' to "&lt;/style" (or the end); null without a '&gt;'.</summary>
    public abstract string? StyleSheet();

    /// <summary>Where the character at <paramref name="offset"/> of <see cref="StyleSheet"/> is written.</summary>
    public abstract (int Line, int Column) AtInStyleSheet(int offset);

    protected static IReadOnlyList<AttributeName> SvgLinks(int href, int xlink) =>
        href < 0 ? xlink < 0 ? NoLinks : XLinkOnly : xlink < 0 ? HrefOnly : href < xlink ? HrefFirst : XLinkFirst;
}
