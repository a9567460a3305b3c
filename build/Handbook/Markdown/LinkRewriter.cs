// Makes links in content safe and portable: drops script-capable URLs and rebases site-relative links onto the page.
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handbook.Markdown;

/// <param name="root">The relative path from the current page to the site root ("./", "../", or a base path for 404.html).</param>
public sealed class LinkRewriter(string root)
{
    /// <summary>What links are rebased onto: two rewriters with the same root rewrite every document alike.</summary>
    public string Root => root;

    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public void Apply(MarkdownDocument document)
    {
        // Both lists are taken before the tree changes: once a link is unwrapped, Markdig's Descendants walk can miss a node
        // before it, so `T<javascript:x>__[a](javascript:y)` kept its script autolink (found by the property test).
        var links = document.Descendants<LinkInline>().ToList();
        var autolinks = document.Descendants<AutolinkInline>().ToList();
        foreach (var link in links)
        {
            if (link.Url is null) continue;
            if (IsSafe(link.Url)) link.Url = Rebase(link.Url);
            else Unwrap(link);
        }

        foreach (var autolink in autolinks)
        {
            if (!IsSafe(autolink.Url)) autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    /// <summary>True when the URL has no scheme or a scheme that cannot run script.</summary>
    public static bool IsSafe(string url)
    {
        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so strip them before looking.
        var cleaned = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = cleaned.IndexOf(':');
        if (colon < 0) return true;
        var firstDelimiter = cleaned.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon) return true;
        return SafeSchemes.Contains(cleaned[..colon].ToLowerInvariant());
    }

    // "/reliability-sre/" written by an author means the site root, wherever the site is served.
    private string Rebase(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? root + url.TrimStart('/') : url;

    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(link.FirstChild is LiteralInline alt ? alt.Content.ToString() : ""));
            return;
        }

        var children = link.ToList();
        foreach (var child in children)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
