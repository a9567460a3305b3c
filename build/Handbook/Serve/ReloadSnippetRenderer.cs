// The markup `serve` adds to each HTML response (never to the built files): the live-reload script and, after a failed build, the error overlay.
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
        snippet.Append(Style);
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

    // The theme's colours where the page defines them, so the overlay follows light and dark mode.
    private const string Style = $$"""
        <style>
        #{{OverlayId}} { position: fixed; inset: auto 1rem 1rem 1rem; z-index: 1000; max-height: 60vh; overflow: auto;
          padding: 1rem 1.25rem; border: 3px solid var(--focus, #c2410c); border-radius: 0.5rem;
          background: var(--callout-bg, #fff8e6); color: var(--text, #1b1f24); box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.35); }
        #{{OverlayId}} p { margin: 0 0 0.5rem; }
        #{{OverlayId}} pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: 0.875rem/1.5 var(--font-mono, monospace); }
        </style>
        """;
}
