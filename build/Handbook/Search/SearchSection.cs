// A part of a page a result can link to: its anchor ("" for the top of the page), the label shown and its texts.
namespace Handbook.Search;

public sealed record SearchSection(string Anchor, string Label, IReadOnlyList<SearchText> Texts)
{
    /// <summary>The text an excerpt is cut from: all but the page title (results show it on its own) and the kind label.</summary>
    public string Excerpt => string.Join(" · ", Texts.Where(t => t.Field is not (SearchField.Title or SearchField.Kind)).Select(t => t.Text));
}
