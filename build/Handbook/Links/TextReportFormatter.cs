// Writes a link report the way compilers do: one `file(line,col): error CODE: message` line per finding, then a summary.
namespace Handbook.Links;

public static class TextReportFormatter
{
    public static void Write(LinkReport report, string displayRoot, TextWriter writer, TimeSpan elapsed)
    {
        foreach (var finding in report.Findings) writer.WriteLine(finding.ToDiagnostic(displayRoot));
        writer.WriteLine(Summary(report, displayRoot, elapsed));
    }

    public static string Summary(LinkReport report, string displayRoot, TimeSpan elapsed)
    {
        var external = report.ExternalUrls == 0 ? ""
            : report.ExternalChecked ? $", {Count(report.ExternalUrls, "external URL")} checked"
            : $", {Count(report.ExternalUrls, "external URL")} not checked (use --external)";
        var ignored = report.Ignored > 0 ? $", {report.Ignored:N0} ignored" : "";
        return $"Checked {Count(report.Links, "link")} in {Count(report.Files, "file")} of {displayRoot}{ignored}{external}: " +
               $"{Count(report.Errors, "error")}, {Count(report.Warnings, "warning")} in {elapsed.TotalMilliseconds:0} ms.";
    }

    private static string Count(int n, string word) => $"{n:N0} {word}{(n == 1 ? "" : "s")}";
}
