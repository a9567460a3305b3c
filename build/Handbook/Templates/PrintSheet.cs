// The print page's own stylesheet: sheet headers naming the handbook and the area, and "Page N of M", in CSS page margin boxes.
namespace Handbook.Templates;

/// <remarks>A file, not a style element, since the pages' Content-Security-Policy allows only linked stylesheets; and per
/// area, since a margin box can only show text the CSS itself holds (Chromium has no string-set).</remarks>
public static class PrintSheet
{
    public const string FileName = "print.css";

    public static string Css(string handbook, string area, Model.Wording words) => $$"""
        /* Written by the build for this print page: the handbook's and the area's names on every sheet, and page numbers. */
        @page {
          @top-left { content: {{Quote(handbook)}}; font: 8.5pt sans-serif; color: #444; }
          @top-right { content: {{Quote(area)}}; font: 8.5pt sans-serif; color: #444; }
          @bottom-center { content: {{PageNumbers(words["page_numbers"])}}; font: 8.5pt sans-serif; color: #444; }
        }

        """;

    /// <summary>strings.yml's "Page {page} of {pages}" as CSS content: the words quoted, the numbers the page counters.</summary>
    public static string PageNumbers(string format) =>
        string.Join(' ', System.Text.RegularExpressions.Regex.Split(format, @"(\{pages?\})").Where(p => p.Length > 0)
            .Select(p => p is "{page}" or "{pages}" ? $"counter({p[1..^1]})" : Quote(p)));

    /// <summary>A CSS string: quotes and backslashes escaped, line breaks and other controls as spaces.</summary>
    public static string Quote(string text)
    {
        var clean = new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
        return "\"" + clean.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
