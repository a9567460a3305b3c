// `build` on a terminal: a build still running after about a second shows its stage and pages done of total, cleared when it ends.
using Handbook.Core;
using Spectre.Console;

namespace Handbook.Commands;

public static class LiveBuildDisplay
{
    /// <summary>Long enough that a small handbook's build prints only its summary line, as it does when redirected.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    /// <summary>Only when both streams are a terminal: a redirected stream (a CI log, a pipe, a file) gets plain lines only.</summary>
    public static bool Wanted => !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="build"/> on a worker thread and, if it is still running after <paramref name="delay"/>, shows
    /// <paramref name="progress"/> until it ends; what the build returns or throws comes back unchanged.</summary>
    public static T Run<T>(Func<T> build, BuildProgress progress, IAnsiConsole console, TimeSpan delay)
    {
        var work = Task.Run(build);
        if (!Finished(work, delay))
        {
            console.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
                .Start(display =>
                {
                    var task = display.AddTask(Describe(progress));
                    do
                    {
                        task.Description = Describe(progress);
                        task.IsIndeterminate = progress.Total == 0;
                        task.MaxValue = Math.Max(1, progress.Total);
                        task.Value = Math.Min(progress.Done, progress.Total);
                        display.Refresh();
                    }
                    while (!Finished(work, TimeSpan.FromMilliseconds(100)));
                });
        }

        return work.GetAwaiter().GetResult();
    }

    /// <summary>"RenderPages 4,210 of 10,214", or the stage alone while it has no count.</summary>
    public static string Describe(BuildProgress progress)
    {
        var (stage, done, total) = (progress.Stage, progress.Done, progress.Total);
        // Before the first stage has begun there is no name yet, and Spectre refuses a blank task description.
        if (string.IsNullOrWhiteSpace(stage)) stage = "Starting";
        var text = total > 0 ? $"{stage} {Math.Min(done, total):N0} of {total:N0}" : stage;
        return Markup.Escape(text.PadRight(32));
    }

    // Waits without throwing: the build's own exception is rethrown, as it was thrown, by GetResult.
    private static bool Finished(Task work, TimeSpan timeout) => ((IAsyncResult)work).AsyncWaitHandle.WaitOne(timeout);
}
