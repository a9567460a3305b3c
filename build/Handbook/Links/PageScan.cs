// What the collector found in one file: the URLs it refers to, the anchors it offers and problems seen while reading it.
namespace Handbook.Links;

/// <param name="Path">The file's path inside the checked folder.</param>
/// <param name="Anchors">Every id and a[name] of the page, the targets a #fragment may name.</param>
/// <param name="BaseHref">The first &lt;base href&gt;, which relative links of the page resolve against.</param>
public sealed record PageScan(string Path, IReadOnlyList<LinkReference> Links, IReadOnlySet<string> Anchors, string? BaseHref,
    IReadOnlyList<LinkFinding> Problems)
{
    /// <summary>The anchors of a file without any, shared.</summary>
    public static IReadOnlySet<string> NoAnchors => System.Collections.Frozen.FrozenSet<string>.Empty;

    public static PageScan Empty(string path) => new(path, [], NoAnchors, null, []);
}
