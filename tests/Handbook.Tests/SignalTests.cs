// The real CLI stopped by SIGINT, SIGTERM and SIGKILL part-way through a build: the previous output stays byte for byte.
using System.Diagnostics;
using System.Text.RegularExpressions;
using Handbook.Commands;
using Handbook.Tests.Support;
using Xunit.Abstractions;

namespace Handbook.Tests;

public class SignalTests(SyntheticSite site, ITestOutputHelper log) : IClassFixture<SyntheticSite>
{
    private const int WhenStagingAppears = -1;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    /// <summary>Returns once the run's staging folder exists (OpenStagingStage creates it before the pages render).</summary>
    private void WaitForStaging(CliProcess cli)
    {
        while (!Directory.EnumerateDirectories(site.Workspace.Path, "_site.building-*").Any())
        {
            Assert.False(cli.HasExited, "the build ended before it staged anything");
            Thread.Sleep(5);
        }
    }

    [LinuxTheory]
    [InlineData("INT", 10)]
    [InlineData("TERM", 40)]
    [InlineData("INT", 70)]
    [InlineData("TERM", 95)]
    [InlineData("INT", WhenStagingAppears)]
    [InlineData("TERM", WhenStagingAppears)]
    public void A_stopped_build_leaves_the_previous_output_byte_identical_and_nothing_beside_it(string signal, int percent)
    {
        var before = site.Hashes();
        site.Retitle($"{signal} {percent}");
        var clock = Stopwatch.StartNew();
        using var cli = CliProcess.Start(site.Workspace.Path, "build");
        if (percent == WhenStagingAppears) WaitForStaging(cli);
        else Thread.Sleep(site.BuildTime * percent / 100);
        var sent = clock.Elapsed;
        cli.Signal(signal);
        var (code, stdout, stderr) = cli.Wait(Patience);
        log.WriteLine($"SIG{signal} at {sent.TotalSeconds:F1} s of a {site.BuildTime.TotalSeconds:F1} s build: exit {code} at {clock.Elapsed.TotalSeconds:F1} s");

        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(["_site"], OutputTests.Siblings(site.Workspace));
        if (code == 0)
        {
            // The build finished before the signal: the new output, complete.
            var files = int.Parse(Regex.Match(stdout, @"\((\d+) files\)").Groups[1].Value);
            Assert.Equal(files + 1, site.Hashes().Count); // and the marker
            Assert.Contains($"Synthetic Handbook {signal} {percent}", File.ReadAllText(Path.Combine(site.Workspace.Output, "index.html")));
            return;
        }

        Assert.True(code == (signal == "INT" ? ExitCodes.Interrupted : ExitCodes.Terminated), $"exit code {code} after {clock.Elapsed}: {stderr}");
        Assert.Equal($"Build stopped by {(signal == "INT" ? "Ctrl+C" : "SIGTERM")}; _site was left as it was.", stderr.Trim());
        Assert.Equal(before, site.Hashes());
    }

    [LinuxFact]
    public void After_SIGKILL_the_next_build_removes_the_stale_folder_says_so_and_succeeds()
    {
        var before = site.Hashes();
        site.Retitle("killed");
        using (var cli = CliProcess.Start(site.Workspace.Path, "build"))
        {
            WaitForStaging(cli);
            cli.Signal("KILL");
            Assert.Equal(137, cli.Wait(Patience).ExitCode);
        }

        var stale = OutputTests.Siblings(site.Workspace).Where(n => n != "_site").ToList();
        Assert.Single(stale);
        Assert.StartsWith("_site.building-", stale[0]);
        Assert.Equal(before, site.Hashes());

        using var next = CliProcess.Start(site.Workspace.Path, "build", "--no-link-check");
        var (code, stdout, stderr) = next.Wait(Patience);
        Assert.True(code == 0, stderr);
        Assert.StartsWith($"Removed 1 folder left by an interrupted build: {stale[0]}.\n", stdout.Replace("\r", ""));
        Assert.Equal(["_site"], OutputTests.Siblings(site.Workspace));
        Assert.Contains("Synthetic Handbook killed", File.ReadAllText(Path.Combine(site.Workspace.Output, "index.html")));
    }
}
