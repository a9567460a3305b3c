// Column alignment of Markdown tables as classes: Markdig writes it as style="text-align: ...", which the site's
// Content-Security-Policy (style-src 'self', no 'unsafe-inline') would block, so aligned columns would silently lose it.
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Handbook.Markdown;

public static class TableAlignment
{
    /// <summary>Gives every cell of an aligned column the class align-left, align-center or align-right (handbook.css) instead.</summary>
    public static void ToClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            if (columns.Count == 0) continue;
            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    if (row[i] is not TableCell cell) continue;
                    // The column Markdig's renderer would look up for this cell.
                    var index = Math.Min(cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? i : cell.ColumnIndex, columns.Count - 1);
                    if (columns[index].Alignment is { } align) cell.GetAttributes().AddClass("align-" + align.ToString().ToLowerInvariant());
                }
            }

            // Width too: Markdig writes it as <col style="width: ...">.
            foreach (var column in columns) (column.Alignment, column.Width) = (null, 0);
        }
    }
}
