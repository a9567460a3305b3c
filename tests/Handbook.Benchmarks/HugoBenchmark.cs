// Benchmark: a full `build` of a synthetic handbook against Hugo on the equivalent site, as whole processes, alternating runs.
using System.Text.RegularExpressions;
using Handbook.Commands;

namespace Handbook.Benchmarks;

public static partial class HugoBenchmark
{
    private sealed record Size(int Areas, int PerArea, bool WithHugo)
    {
        public int Questions => Areas * PerArea;
        public override string ToString() => $"{Areas} x {PerArea:N0}";
    }

    // The sizes the issue asks for: Hugo side by side up to 10,000 questions; ours alone beyond, and one area of 5,000 against 50 of 100.
    private static readonly Size[] All =
        [new(1, 6, true), new(10, 100, true), new(100, 100, true), new(200, 100, false), new(50, 100, false), new(1, 5000, false)];

    /// <summary>hugo [all | AREAS PER-AREA] [--runs N] [--binary PATH]: median wall, CPU and peak memory of each, and their ratios.</summary>
    public static int Run(string[] args)
    {
        var runs = Option(args, "--runs") is { } r ? int.Parse(r) : 3;
        var binary = Option(args, "--binary");
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToArray();
        Size[] sizes = positional is [var areas, var perArea] ? [new(int.Parse(areas), int.Parse(perArea), true)] : All;

        var hugo = HugoVersion();
        Console.WriteLine(hugo is null
            ? "Hugo is not installed (apt-get install hugo gives 0.111.3): timing the handbook alone."
            : $"Comparing with Hugo {hugo}. {runs} alternating runs of each after a warm-up; medians of whole processes.");
        var ours = binary is null ? $"dotnet {typeof(BuildCommand).Assembly.Location}" : binary;
        Console.WriteLine($"Handbook: {ours}");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the start.");

        var results = new Dictionary<Size, ProcessRun.Cost>();
        foreach (var size in sizes)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"handbook-hugo-benchmark-{size.Areas}x{size.PerArea}");
            var content = Path.Combine(folder, "content");
            SyntheticHandbook.Write(content, size.Questions, size.Areas);
            var withHugo = size.WithHugo && hugo is not null;
            if (withHugo) HugoHandbookSite.Write(content, Path.Combine(folder, "hugo"));

            var ourRuns = new List<ProcessRun.Cost>();
            var hugoRuns = new List<ProcessRun.Cost>();
            for (var run = 0; run <= runs; run++)
            {
                var our = BuildOurs(binary, folder);
                var theirs = withHugo ? BuildHugo(folder) : null;
                if (run == 0) continue; // the warm-up fills the disk cache for both
                ourRuns.Add(our);
                if (theirs is not null) hugoRuns.Add(theirs);
            }

            var median = results[size] = ProcessRun.Median(ourRuns);
            var pages = Directory.EnumerateFiles(Path.Combine(folder, "_site"), "*.html", SearchOption.AllDirectories).Count();
            Console.WriteLine($"{size,12} ({size.Questions,6:N0} questions, {pages:N0} pages) handbook: {median.Show()}");
            if (hugoRuns.Count > 0)
            {
                var h = ProcessRun.Median(hugoRuns);
                Console.WriteLine($"{"",12} {"",36} hugo:     {h.Show()}");
                Console.WriteLine($"{"",12} {"",36} ratio:    wall {median.Wall / h.Wall:0.00}x, CPU {median.Cpu / h.Cpu:0.00}x, memory {median.PeakKb / (double)h.PeakKb:0.00}x (handbook / Hugo)");
            }

            Directory.Delete(folder, recursive: true);
        }

        Ratio(results, new(1, 5000, false), new(50, 100, false), "one area of 5,000 / 50 areas of 100");
        Ratio(results, new(200, 100, false), new(100, 100, true), "20,000 questions / 10,000");
        return 0;
    }

    private static ProcessRun.Cost BuildOurs(string? binary, string folder)
    {
        var repo = RepoFolder.Root;
        string[] build = ["build", "--content", "content", "--output", "_site",
            "--templates", Path.Combine(repo, "templates"), "--assets", Path.Combine(repo, "site-assets")];
        var (code, output, cost) = binary is null
            ? ProcessRun.Exec("dotnet", [typeof(BuildCommand).Assembly.Location, .. build], folder)
            : ProcessRun.Exec(binary, build, folder);
        if (code != 0) throw new InvalidOperationException($"the handbook build failed ({code}): {output}");
        return cost;
    }

    private static ProcessRun.Cost BuildHugo(string folder)
    {
        var site = Path.Combine(folder, "hugo");
        var (code, output, cost) = ProcessRun.Exec("hugo", ["--quiet", "--source", site, "--destination", Path.Combine(site, "public")]);
        if (code != 0) throw new InvalidOperationException($"hugo failed ({code}): {output}");
        return cost;
    }

    private static void Ratio(Dictionary<Size, ProcessRun.Cost> results, Size a, Size b, string what)
    {
        if (results.TryGetValue(a, out var x) && results.TryGetValue(b, out var y))
            Console.WriteLine($"{what}: wall {x.Wall / y.Wall:0.00}x, CPU {x.Cpu / y.Cpu:0.00}x, memory {x.PeakKb / (double)y.PeakKb:0.00}x");
    }

    private static string? HugoVersion()
    {
        try
        {
            var (code, output, _) = ProcessRun.Exec("hugo", ["version"]);
            return code == 0 ? HugoVersionText().Match(output).Value : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;


    [GeneratedRegex(@"v[\d.]+")]
    private static partial Regex HugoVersionText();
}
