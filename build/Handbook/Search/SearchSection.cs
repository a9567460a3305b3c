// A part of a page a result can link to: its anchor ("" for the top of the page), the label shown and its texts.
namespace Handbook.Search;

public sealed record SearchSection(string Anchor, string Label, IReadOnlyList<SearchText> Texts)
{
    /// <summary>The text an excerpt is cut from: every text but the page title, which results show on their own.</summary>
    public string Excerpt => string.Join(" · ", Texts.Where(t => t.Field != SearchField.Title).Select(t => t.Text));
}
