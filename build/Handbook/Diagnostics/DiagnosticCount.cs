// The count a run ends with, such as "3 errors, 1 warning in 2 files": what there is to fix, and how widely it is spread.
namespace Handbook.Diagnostics;

public static class DiagnosticCount
{
    public static string Of(IReadOnlyCollection<Diagnostic> items)
    {
        var errors = items.Count(d => d.Severity == Severity.Error);
        var warnings = items.Count - errors;
        var counts = string.Join(", ", new[] { (errors, "error"), (warnings, "warning") }.Where(c => c.Item1 > 0).Select(c => Plural(c.Item1, c.Item2)));
        var files = items.Select(d => d.Location.File).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).Count();
        return files > 0 ? $"{counts} in {Plural(files, "file")}" : counts;
    }

    public static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";
}
