// Installs Pagefind from npm into a scratch folder and indexes a built site with it, for the search benchmark.
using System.Diagnostics;

namespace Handbook.Benchmarks;

public static class PagefindRunner
{
    public const string Version = "1.6.0";

    /// <summary>Index only the page content, as a Pagefind user marks it: the article, without its table of contents and pager.</summary>
    public static readonly string[] IndexArgs = ["--root-selector", "article", "--exclude-selectors", ".toc, .pager"];

    public static void Index(string site, string scratch)
    {
        Directory.CreateDirectory(scratch);
        Run("npm", scratch, "install", "--no-audit", "--no-fund", "--prefix", scratch, $"pagefind@{Version}");
        Run(Path.Combine(scratch, "node_modules", ".bin", "pagefind"), scratch, ["--site", site, .. IndexArgs]);
    }

    private static void Run(string file, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10))) process.Kill(entireProcessTree: true);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}):\n{output.Result}\n{errors.Result}");
    }
}
