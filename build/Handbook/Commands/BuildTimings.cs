// `build --timings`: each stage's wall, CPU and GC pause time and the process's peak memory, as an aligned table after the summary line.
using System.Diagnostics;
using System.Globalization;
using Handbook.Core;

namespace Handbook.Commands;

public static class BuildTimings
{
    public const string PeakMemoryLabel = "peak memory";

    public static void Write(IReadOnlyList<StageTiming> timings, TimeSpan total, TextWriter stdout)
    {
        List<(string Name, string Wall, string Cpu, string Gc)> rows =
        [
            ("stage", "wall", "cpu", "gc"),
            .. timings.Select(t => (t.Stage, Milliseconds(t.Milliseconds), Milliseconds(t.CpuMilliseconds), Milliseconds(t.GcMilliseconds))),
            ("total", Milliseconds(total.TotalMilliseconds), Milliseconds(Environment.CpuUsage.TotalTime.TotalMilliseconds),
                Milliseconds(GC.GetTotalPauseDuration().TotalMilliseconds)),
        ];
        var nameWidth = Math.Max(rows.Max(r => r.Name.Length), PeakMemoryLabel.Length);
        var wallWidth = rows.Max(r => r.Wall.Length);
        var cpuWidth = rows.Max(r => r.Cpu.Length);
        var gcWidth = rows.Max(r => r.Gc.Length);
        foreach (var (name, wall, cpu, gc) in rows)
            stdout.WriteLine($"  {name.PadRight(nameWidth)}  {wall.PadLeft(wallWidth)}  {cpu.PadLeft(cpuWidth)}  {gc.PadLeft(gcWidth)}");
        stdout.WriteLine($"  {PeakMemoryLabel.PadRight(nameWidth)}  {Megabytes(PeakMemoryBytes()).PadLeft(wallWidth + 2 + cpuWidth)}");
        stdout.WriteLine($"  {GcLabel.PadRight(nameWidth)}  {Collections().PadLeft(wallWidth + 2 + cpuWidth + 2 + gcWidth)}");
    }

    public const string GcLabel = "collections";

    /// <summary>How many collections of each generation the process ran: where a build's allocations cost it.</summary>
    private static string Collections() =>
        string.Create(CultureInfo.InvariantCulture, $"{GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2");

    /// <summary>The most memory the process has held at once: VmHWM on Linux, the peak working set elsewhere (0 where the system has none).</summary>
    public static long PeakMemoryBytes()
    {
        using var process = Process.GetCurrentProcess();
        return Math.Max(process.PeakWorkingSet64, process.WorkingSet64);
    }

    private static string Milliseconds(double ms) => string.Create(CultureInfo.InvariantCulture, $"{ms:N0} ms");

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:N1} MB");
}
