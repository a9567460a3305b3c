// What one build run printed and returned.
namespace Handbook.Tests.Support;

public sealed record BuildResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The diagnostic lines (errors and warnings), without the summary line.</summary>
    public IReadOnlyList<string> Diagnostics =>
        [.. Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains(": error ") || l.Contains(": warning "))];
}
