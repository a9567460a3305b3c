// A template error met on many pages, reported once: a layout that fails fails on every page, and one line says so.
using Handbook.Diagnostics;

namespace Handbook.Templates;

internal static class PageErrors
{
    /// <summary>Adds to <paramref name="into"/> each distinct error of <paramref name="pages"/> once, saying on how many other
    /// pages it happened too (a broken layout on a site of 10,000 pages was 10,000 identical lines).</summary>
    public static void Fold(DiagnosticBag pages, DiagnosticBag into)
    {
        foreach (var same in pages.Items.GroupBy(d => d))
        {
            var others = same.Count() - 1;
            into.Add(others == 0 ? same.Key : same.Key with { Message = $"{same.Key.Message}; {Diagnostic.AlsoOn(others)}" });
        }
    }
}
