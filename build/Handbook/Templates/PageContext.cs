// The page being rendered: its path and the prefix that turns a site path into a link that works from it.
using Handbook.Core;
using Handbook.Markdown;

namespace Handbook.Templates;

/// <param name="Path">The page's directory path from the site root ("" for home, "area/q/").</param>
/// <param name="Root">"./", "../", ... for ordinary pages; the base path for pages served at any URL (404.html).</param>
public sealed record PageContext(string Path, string Root)
{
    public static PageContext For(string path) => new(path, PageUrls.RootFrom(path));

    public string Url(string sitePath) => Root + sitePath;

    public LinkRewriter Links => new(Root);

    /// <summary>What the page read from the model while it was built and rendered; each page has its own.</summary>
    public PageReads Reads { get; } = new();
}
