// Writes diagnostics as GitHub Actions `::error file=...` workflow commands, so they show on the run and the pull request.

namespace Handbook.Diagnostics;

public static class GitHubAnnotationFormatter
{
    /// <summary>True inside a GitHub Actions job, which sets GITHUB_ACTIONS=true.</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";

    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            var position = d.Location.Line > 0 ? $",line={d.Location.Line},col={d.Location.Column}" : "";
            writer.WriteLine($"::{(d.Severity == Severity.Error ? "error" : "warning")} file={Property(d.Location.File)}{position},title={Property(d.Code)}::{Data(d.Message)}");
        }
    }

    // Escaping as the runner's workflow-command parser expects it.
    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
