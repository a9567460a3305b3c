// build --timings (every stage's time, the peak memory and the garbage collections after the summary line) and the live display a terminal gets instead.
using System.Text.RegularExpressions;
using Handbook.Build;
using Handbook.Commands;
using Handbook.Core;
using Handbook.Tests.Support;
using Spectre.Console;

namespace Handbook.Tests;

public class BuildTimingsTests(SyntheticSite site) : IClassFixture<SyntheticSite>
{
    [Fact]
    public void Timings_follow_the_summary_line_with_every_stage_of_the_build_the_total_the_peak_memory_and_the_collections_aligned()
    {
        using var workspace = new Workspace();
        using var cli = CliProcess.Start(workspace.Path, "build", "--timings");
        var (code, stdout, stderr) = cli.Wait(TimeSpan.FromMinutes(2));

        Assert.True(code == ExitCodes.Success, stderr);
        var lines = stdout.Replace("\r", "").TrimEnd('\n').Split('\n');
        Assert.StartsWith("Built ", lines[0]);
        string[] expected = ["stage", .. Pipeline.Build.Select(StageTiming.NameOf), "total", BuildTimings.PeakMemoryLabel, BuildTimings.GcLabel];
        Assert.Equal(expected, lines[1..].Select(l => Regex.Match(l, @"^  (\S.*?)\s{2,}").Groups[1].Value));
        Assert.Matches(@"\s+wall\s+cpu\s+gc$", lines[1]);
        Assert.All(lines[2..^2], l => Assert.Matches(@"\s[\d,]+ ms\s+[\d,]+ ms\s+[\d,]+ ms$", l));
        Assert.Matches(@"\s[\d,]+\.\d MB$", lines[^2]);
        Assert.True(double.Parse(Regex.Match(lines[^2], @"([\d,.]+) MB").Groups[1].Value.Replace(",", "")) > 1, lines[^2]);
        // A stage's pauses are part of its wall time, and the stages' pauses add up to no more than the process's.
        var stages = lines[2..^3].Select(l => Regex.Matches(l, @"([\d,]+) ms").Select(m => double.Parse(m.Groups[1].Value.Replace(",", ""))).ToArray()).ToArray();
        Assert.All(stages, s => Assert.True(s[2] <= s[0] + 1, string.Join(" ", s)));
        var totalPause = double.Parse(Regex.Match(lines[^3], @"([\d,]+) ms$").Groups[1].Value.Replace(",", ""));
        Assert.True(stages.Sum(s => s[2]) <= totalPause + stages.Length, $"{stages.Sum(s => s[2])} > {totalPause}");
        // The collections: how many of each generation, the first at least one.
        var gc = Regex.Match(lines[^1], @"\s(\d+) gen0, (\d+) gen1, (\d+) gen2$");
        Assert.True(gc.Success, lines[^1]);
        Assert.True(int.Parse(gc.Groups[1].Value) >= int.Parse(gc.Groups[2].Value), lines[^1]);
        Assert.Single(lines[1..^2].Select(l => l.Length).Distinct());
        Assert.True(lines[^1].Length >= lines[1].Length, "the collections end under the last column, or past it when wider");
    }

    [Fact]
    public void Without_timings_the_build_prints_only_its_summary_line()
    {
        using var workspace = new Workspace();
        var result = workspace.Build();

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [LinuxFact]
    public void Redirected_output_of_a_build_of_seconds_is_plain_lines_without_ANSI_escapes()
    {
        // Over a thousand questions: the build outlasts the live display's delay, which a terminal would have seen.
        using var cli = CliProcess.Start(site.Workspace.Path, "build", "--timings");
        var (code, stdout, stderr) = cli.Wait(TimeSpan.FromMinutes(5));

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.DoesNotContain('\u001b', stdout + stderr);
        Assert.DoesNotContain('\r', stdout + stderr);
        Assert.Equal(Pipeline.Build.Count + 5, stdout.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void On_a_terminal_a_long_build_shows_its_stage_and_pages_done_of_total()
    {
        var seen = new ManualResetEventSlim();
        var screen = new WatchedWriter("RenderPages 4 of 10", seen);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(screen),
        });
        var progress = new BuildProgress();

        var result = LiveBuildDisplay.Run(() =>
        {
            progress.StartStage("RenderPages");
            progress.Count(10);
            for (var i = 0; i < 4; i++) progress.Advance();
            Assert.True(seen.Wait(TimeSpan.FromMinutes(1)), "the display never showed the count");
            return 42;
        }, progress, console, TimeSpan.Zero);

        Assert.Equal(42, result);
        Assert.Contains('\u001b', screen.ToString());
    }

    [Fact]
    public void A_build_that_finishes_before_the_delay_shows_nothing_and_its_exception_comes_back_as_thrown()
    {
        var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes, Out = new AnsiConsoleOutput(screen) });

        Assert.Equal(7, LiveBuildDisplay.Run(() => 7, new BuildProgress(), console, TimeSpan.FromMinutes(1)));
        Assert.Throws<OperationCanceledException>(() =>
            LiveBuildDisplay.Run<int>(() => throw new OperationCanceledException(), new BuildProgress(), console, TimeSpan.FromMinutes(1)));
        Assert.Equal("", screen.ToString());
    }

    /// <summary>A terminal that raises <paramref name="seen"/> once <paramref name="text"/> has been written to it.</summary>
    private sealed class WatchedWriter(string text, ManualResetEventSlim seen) : StringWriter
    {
        public override void Write(char value)
        {
            base.Write(value);
            Check();
        }

        public override void Write(string? value)
        {
            base.Write(value);
            Check();
        }

        private void Check()
        {
            if (ToString().Contains(text, StringComparison.Ordinal)) seen.Set();
        }
    }
}
