// One URL a file refers to, where it was written and by what (e.g. "img srcset", "css url()"), before it is resolved; a value, as a page holds hundreds.
namespace Handbook.Links;

/// <param name="Url">The URL as the browser sees it: entities decoded, surrounding whitespace removed.</param>
/// <param name="Kind">What refers to it, for messages: "a href", "img srcset", "css url()", "sitemap loc".</param>
/// <param name="Line">1-based line of the URL (or of its attribute or element when the exact spot is not known).</param>
/// <param name="Column">1-based column, as <paramref name="Line"/>.</param>
/// <param name="RelativeToFile">True when the URL resolves against the file itself and ignores &lt;base href&gt; (CSS files, sitemap).</param>
public readonly record struct LinkReference(string Url, string Kind, int Line, int Column, bool RelativeToFile = false);
