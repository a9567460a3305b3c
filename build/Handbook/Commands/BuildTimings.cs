// `build --timings`: each stage's wall time and the process's peak memory, as an aligned table after the summary line.
using System.Diagnostics;
using System.Globalization;

namespace Handbook.Commands;

public static class BuildTimings
{
    public const string PeakMemoryLabel = "peak memory";

    public static void Write(IReadOnlyList<StageTiming> timings, TimeSpan total, TextWriter stdout)
    {
        var rows = timings.Select(t => (t.Stage, Milliseconds(t.Milliseconds)))
            .Append(("total", Milliseconds(total.TotalMilliseconds)))
            .Append((PeakMemoryLabel, Megabytes(PeakMemoryBytes())))
            .ToList();
        var nameWidth = rows.Max(r => r.Item1.Length);
        var valueWidth = rows.Max(r => r.Item2.Length);
        foreach (var (name, value) in rows) stdout.WriteLine($"  {name.PadRight(nameWidth)}  {value.PadLeft(valueWidth)}");
    }

    /// <summary>The most memory the process has held at once: VmHWM on Linux, the peak working set elsewhere (0 where the system has none).</summary>
    public static long PeakMemoryBytes()
    {
        using var process = Process.GetCurrentProcess();
        return Math.Max(process.PeakWorkingSet64, process.WorkingSet64);
    }

    private static string Milliseconds(double ms) => string.Create(CultureInfo.InvariantCulture, $"{ms:N0} ms");

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N1} MB");
}
