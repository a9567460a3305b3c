// The markup `serve` adds to each HTML response (never to the built files): the live-reload script, the overlay's stylesheet and,
// after a failed build, the error overlay; nothing inline, so it passes the site's Content-Security-Policy.
using System.Text;
using System.Text.Encodings.Web;

namespace Handbook.Serve;

public static class ReloadSnippetRenderer
{
    public const string OverlayId = "handbook-build-errors";

    /// <summary>Where the dev endpoints live, under the base path so serve mode requests nothing outside it either.</summary>
    public static string Endpoint(string basePath, string name) => $"{basePath}__handbook/{name}";

    public static string Render(string basePath, BuildState state)
    {
        var html = HtmlEncoder.Default;
        var snippet = new StringBuilder();
        snippet.Append($"""<script src="{html.Encode(Endpoint(basePath, "live-reload.js"))}" data-events="{html.Encode(Endpoint(basePath, "events"))}" data-version="{state.Version}" defer></script>""");
        // A stylesheet, not a <style> element, so the page's Content-Security-Policy (style-src 'self') lets it apply.
        snippet.Append($"""<link rel="stylesheet" href="{html.Encode(Endpoint(basePath, "overlay.css"))}">""");
        if (!state.Succeeded)
        {
            snippet.Append($"""<div id="{OverlayId}" role="alert"><p><strong>The last build failed</strong>; this is the last good build. Fix the file and save.</p><pre>""");
            snippet.AppendJoin('\n', state.Errors.Select(e => html.Encode(e)));
            snippet.Append("</pre></div>");
        }

        return snippet.ToString();
    }

    /// <summary>Inserts the snippet before the closing body tag, or at the end of a page that has none.</summary>
    public static string Inject(string page, string snippet)
    {
        var at = page.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? page + snippet : page.Insert(at, snippet);
    }
}
