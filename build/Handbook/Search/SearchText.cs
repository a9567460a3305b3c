// One piece of plain text of a search section and the field it counts as.
namespace Handbook.Search;

public sealed record SearchText(SearchField Field, string Text);
