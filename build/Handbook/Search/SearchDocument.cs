// One searchable page (a question, an area or an evidence source) with its sections, in site order.
namespace Handbook.Search;

/// <param name="Url">The page's path from the site root, e.g. "reliability-sre/major-incident/".</param>
/// <param name="Type">"question", "area" or "source": the client names it when the match is at the top of the page.</param>
public sealed record SearchDocument(string Url, string Title, string Type, IReadOnlyList<SearchSection> Sections);
