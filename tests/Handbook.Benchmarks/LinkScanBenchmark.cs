// Benchmark: the build's link check alone (its own pages read by the byte scanner) over a built folder, in-process, median of runs.
using System.Diagnostics;
using Handbook.Links;

namespace Handbook.Benchmarks;

public static class LinkScanBenchmark
{
    /// <summary>linkscan &lt;site folder&gt; [runs=5] [--tree]: with --tree, pages are read as `check` reads pages of unknown origin.</summary>
    public static int Run(string[] args)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: linkscan <built site folder> [runs=5] [--tree]");
            return 2;
        }

        var runs = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 5;
        var options = new LinkCheckOptions { OwnPages = !args.Contains("--tree") };
        // The files are read once, as the build holds its outputs: the figures are the check's, not the disk's.
        var files = SiteFiles.FromFolder(args[0]);
        var bytes = files.Paths.ToDictionary(p => p, files.Read, StringComparer.Ordinal);
        var site = SiteFiles.FromOutputs(bytes.Select(b => new Handbook.Model.OutputFile(b.Key, b.Value)));

        LinkReport? report = null;
        var costs = new List<(double Wall, double Cpu)>();
        for (var i = 0; i <= runs; i++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            report = new LinkChecker(options).Check(site);
            var cost = (wall.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            if (i > 0) costs.Add(cost); // the first run pays JIT
        }

        var wallMedian = costs.Select(c => c.Wall).Order().ElementAt(costs.Count / 2);
        var cpuMedian = costs.Select(c => c.Cpu).Order().ElementAt(costs.Count / 2);
        Console.WriteLine($"{(options.OwnPages ? "scanner" : "tree")}: {report!.Files:N0} files, {report.Links:N0} links, {report.Findings.Count} findings; " +
                          $"median of {runs}: {wallMedian:0.000} s wall, {cpuMedian:0.000} s CPU");
        return 0;
    }
}
