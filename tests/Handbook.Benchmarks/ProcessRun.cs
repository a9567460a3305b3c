// Runs a program as a child process and measures what it cost: wall time, CPU time (user + system) and peak memory.
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Handbook.Benchmarks;

public static partial class ProcessRun
{
    public sealed record Cost(TimeSpan Wall, TimeSpan Cpu, long PeakKb)
    {
        public string Show() => $"{Wall.TotalSeconds,8:0.000} s wall, {Cpu.TotalSeconds,8:0.000} s CPU" + (PeakKb > 0 ? $", {PeakKb / 1024.0,7:0} MB peak" : "");
    }

    // GNU time reports the peak resident set of the process it runs; bash's `time` only the times, so it is the fallback.
    private static readonly bool HasGnuTime = File.Exists("/usr/bin/time");

    /// <summary>Runs <paramref name="file"/> to the end and returns its exit code, everything it printed, and its cost.</summary>
    public static (int Code, string Output, Cost Cost) Exec(string file, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(HasGnuTime ? "/usr/bin/time" : "bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        string[] prefix = HasGnuTime ? ["-f", "@cost %e %U %S %M"] : ["-c", "TIMEFORMAT='@cost 0 %3U %3S 0'; time \"$@\"", "bash"];
        foreach (var argument in (string[])[.. prefix, file, .. arguments]) start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = clock.Elapsed;
        var m = CostLine().Match(stderr.Result);
        double At(int group) => m.Success ? double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var cost = new Cost(wall, TimeSpan.FromSeconds(At(2) + At(3)), (long)At(4));
        return (process.ExitCode, output + CostLine().Replace(stderr.Result, ""), cost);
    }

    /// <summary>The run in the middle by wall time, so one noisy run does not move the figure.</summary>
    public static Cost Median(IEnumerable<Cost> runs)
    {
        var list = runs.ToList();
        Cost Middle(Func<Cost, double> key) => list.OrderBy(key).ElementAt(list.Count / 2);
        return new Cost(Middle(c => c.Wall.TotalSeconds).Wall, Middle(c => c.Cpu.TotalSeconds).Cpu, Middle(c => c.PeakKb).PeakKb);
    }

    [GeneratedRegex(@"@cost ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*")]
    private static partial Regex CostLine();
}
