// What one `check` run printed and returned.
namespace Handbook.Tests.Support;

public sealed record CheckResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The finding lines (errors and warnings), without the summary line or annotations.</summary>
    public IReadOnlyList<string> Findings =>
        [.. Stdout.Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.Contains(": error HL") || l.Contains(": warning HL"))];
}
