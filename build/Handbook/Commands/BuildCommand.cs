// `handbook build`: runs the whole pipeline and prints every diagnostic plus a one-line summary.
using System.CommandLine;
using System.Diagnostics;
using Handbook.Build;
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Output;

namespace Handbook.Commands;

public static class BuildCommand
{
    public static Command Create()
    {
        var site = new SiteOptions.Set();
        var baseUrl = SiteOptions.BaseUrl("The absolute URL the site is published at, for canonical links and sitemap.xml (written only with it).");
        var noLinkCheck = new Option<bool>("--no-link-check") { Description = "Publish without checking internal links and anchors." };
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too, such as a TODO left from `new` (CI and the Pages workflow build with it)." };
        var timings = new Option<bool>("--timings") { Description = "After the summary line, print each stage's time, the peak memory and the garbage collector's pauses." };

        var command = new Command("build", "Build the handbook from the content folder into a static site.");
        foreach (var option in site.All.Append(baseUrl).Append(noLinkCheck).Append(strict).Append(timings)) command.Options.Add(option);
        command.SetAction(parse =>
        {
            using var stop = StopSignals.Listen();
            return Run(Options(parse), Console.Out, Console.Error, stop: stop, timings: parse.GetValue(timings), live: LiveBuildDisplay.Wanted);
        });
        return command;

        BuildOptions Options(ParseResult parse) => site.Read(parse) with
        {
            BaseUrl = parse.GetValue(baseUrl),
            CheckLinks = !parse.GetValue(noLinkCheck),
            Strict = parse.GetValue(strict),
        };
    }

    /// <param name="stop">Ctrl+C and SIGTERM: the build stops between stages and pages, deletes what it created and leaves the
    /// output as it was.</param>
    /// <param name="timings">Print each stage's time, the peak memory and the GC's pauses after the summary line (--timings).</param>
    /// <param name="live">Show the stage and pages done on the terminal while a long build runs (stdout and stderr are a terminal).</param>
    /// <remarks>An unexpected exception is left to the caller (Program.cs reports it as HB0999), after this run's folders are deleted.</remarks>
    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr, string? workingDirectory = null, StopSignals? stop = null,
        bool timings = false, bool live = false)
    {
        var clock = Stopwatch.StartNew();
        var context = new BuildContext(options, workingDirectory) { Cancellation = stop?.Token ?? default };
        if (OptionErrors(options) is { } usage)
        {
            stderr.WriteLine($"error {Codes.BadOption}: {usage}");
            return ExitCodes.UsageErrors;
        }

        var output = context.DisplayPath(context.OutputDir);
        StaleFolders.RemoveAndReport(context, stdout);

        Model.Site site;
        try
        {
            site = live
                ? LiveBuildDisplay.Run(() => Pipeline.Run(Pipeline.Build, context), context.Progress, Spectre.Console.AnsiConsole.Console, LiveBuildDisplay.Delay)
                : Pipeline.Run(Pipeline.Build, context);
        }
        catch (OperationCanceledException) when (stop is { Stopped: true })
        {
            context.Folders.DeleteAll();
            stderr.WriteLine($"Build stopped by {stop.Name}; {output} was left as it was.");
            return stop.ExitCode;
        }
        catch (OutputWriteException e)
        {
            context.Folders.DeleteAll();
            stderr.WriteLine($"error {Codes.OutputFailed}: could not write the output: {e.Message}");
            return ExitCodes.InternalError;
        }
        finally
        {
            context.Folders.DeleteAll();
        }

        foreach (var diagnostic in context.Diagnostics.Sorted()) stderr.WriteLine(diagnostic);
        if (GitHubAnnotationFormatter.Enabled) GitHubAnnotationFormatter.Write(context.Diagnostics.Sorted(), stdout);
        var items = context.Diagnostics.Items;
        if (items.Any(d => d.Severity == Severity.Error))
        {
            stderr.WriteLine($"Build failed: {DiagnosticCount.Of(items)}; {output} was left as it was.");
            if (timings) BuildTimings.Write(context.Timings, clock.Elapsed, stdout);
            return items.Any(d => d.Code.StartsWith("HB01", StringComparison.Ordinal)) ? ExitCodes.UsageErrors : ExitCodes.ContentErrors;
        }

        var pages = site.Outputs.Count(o => o.Path.EndsWith(".html", StringComparison.Ordinal));
        stdout.WriteLine($"Built {Plural(pages, "page")} ({Plural(site.Outputs.Count, "file")}) into {output} in {clock.ElapsedMilliseconds} ms{(items.Count > 0 ? $", {DiagnosticCount.Of(items)}" : "")}.");
        if (timings) BuildTimings.Write(context.Timings, clock.Elapsed, stdout);
        return ExitCodes.Success;
    }

    private static string? OptionErrors(BuildOptions options) => SiteAddress.BaseUrlProblem(options.BaseUrl) ?? SiteAddress.BasePathProblem(options.BasePath);

    private static string Plural(int n, string word) => DiagnosticCount.Plural(n, word);
}
