// `serve [questions] [edits]`: time from saving one question file of a large handbook to its rebuilt page on disk, through the real serve session.
using System.Diagnostics;
using Handbook.Serve;

namespace Handbook.Benchmarks;

public static class ServeBenchmark
{
    public static int Run(string[] args)
    {
        var questions = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        var edits = args.Length > 1 ? int.Parse(args[1]) : 20;
        var folder = Directory.CreateTempSubdirectory("handbook-serve-bench-").FullName;
        try
        {
            return RunIn(folder, questions, edits).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> RunIn(string folder, int questions, int edits)
    {
        SyntheticHandbook.Write(Path.Combine(folder, "content"), questions);
        var repo = RepoFolder.Root;
        Copy(Path.Combine(repo, "templates"), Path.Combine(folder, "templates"));
        Copy(Path.Combine(repo, "site-assets"), Path.Combine(folder, "site-assets"));

        var startup = Stopwatch.StartNew();
        await using var session = await ServeSession.StartAsync(new ServeOptions { Port = 0 }, TextWriter.Null, Console.Error, folder);
        Console.WriteLine($"serve: {questions} questions, first full build and server start in {startup.ElapsedMilliseconds} ms ({session.LastResult.Pages} pages)");
        Console.WriteLine($"  per stage: {string.Join(", ", session.LastResult.Timings.Select(t => $"{t.Stage} {t.Milliseconds:F0}"))} ms");

        // A question in the middle of the handbook: it has neighbours on both sides and cites a source cited by ~1/8 of all questions.
        var area = Directory.GetDirectories(Path.Combine(folder, "content", "areas")).Order(StringComparer.Ordinal).ElementAt(questions / 200);
        var file = Directory.GetFiles(Path.Combine(area, "questions")).Order(StringComparer.Ordinal).ElementAt(50);
        var page = Path.Combine(folder, "_site", Path.GetFileName(area), Path.GetFileNameWithoutExtension(file), "index.html");
        var original = File.ReadAllText(file);
        var firstBullet = original.IndexOf("how_to_answer:\n  - ", StringComparison.Ordinal) + "how_to_answer:\n  - ".Length;

        var pausedBefore = GC.GetTotalPauseDuration();
        var collectionsBefore = GC.CollectionCount(2);
        var saveToDisk = new List<double>();
        var rebuild = new List<double>();
        var written = new List<int>();
        var (pageStages, indexStages) = (new Dictionary<string, List<double>>(StringComparer.Ordinal), new Dictionary<string, List<double>>(StringComparer.Ordinal));
        static void Record(Dictionary<string, List<double>> stages, RebuildResult result)
        {
            foreach (var timing in result.Timings)
                (stages.TryGetValue(timing.Stage, out var list) ? list : stages[timing.Stage] = []).Add(timing.Milliseconds);
        }

        var saveToIndex = new List<double>();
        // Saves the question with a marker; returns when the page on disk shows it (and, if asked, when the index has caught up).
        async Task<(RebuildResult Pages, double PageMs, RebuildResult? Index, double IndexMs)> Save(string marker, bool waitForIndex)
        {
            var done = new TaskCompletionSource<RebuildResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            var indexed = new TaskCompletionSource<RebuildResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnRebuilt(RebuildResult r) => done.TrySetResult(r);
            void OnIndexed(RebuildResult r) => indexed.TrySetResult(r);
            session.Rebuilt += OnRebuilt;
            session.SearchIndexUpdated += OnIndexed;
            try
            {
                var clock = Stopwatch.StartNew();
                File.WriteAllText(file, original.Insert(firstBullet, marker + ", "));
                var result = await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
                var pageMs = clock.Elapsed.TotalMilliseconds;
                if (!result.Succeeded || !File.ReadAllText(page).Contains(marker))
                    throw new InvalidOperationException($"{marker}: the page on disk does not show the edit");
                if (!waitForIndex) return (result, pageMs, null, 0);
                var index = await indexed.Task.WaitAsync(TimeSpan.FromSeconds(120));
                return (result, pageMs, index, clock.Elapsed.TotalMilliseconds);
            }
            finally
            {
                session.Rebuilt -= OnRebuilt;
                session.SearchIndexUpdated -= OnIndexed;
            }
        }

        for (var i = 1; i <= edits; i++)
        {
            var (result, pageMs, index, indexMs) = await Save($"Edited in run {i} of the serve benchmark", waitForIndex: true);
            saveToDisk.Add(pageMs);
            saveToIndex.Add(indexMs);
            rebuild.Add(result.Milliseconds);
            written.Add(result.FilesWritten);
            Record(pageStages, result);
            Record(indexStages, index!);
            await Task.Delay(200); // let the watcher settle so each edit is its own rebuild
        }

        // A writer who saves again while the index of the last save is still being built: the page must not wait for it.
        var duringIndex = new List<double>();
        for (var i = 1; i <= Math.Max(1, edits / 2); i++)
        {
            await Save($"First save of pair {i}", waitForIndex: false);
            await Task.Delay(300);
            duringIndex.Add((await Save($"Second save of pair {i}", waitForIndex: true)).PageMs);
            await Task.Delay(200);
        }

        Console.WriteLine($"save -> rebuilt page on disk, {edits} edits: min {saveToDisk.Min():F0} ms, median {Median(saveToDisk):F0} ms, max {saveToDisk.Max():F0} ms (goal: at most 300 ms)");
        Console.WriteLine($"  of which the rebuild itself: min {rebuild.Min():F0} ms, median {Median(rebuild):F0} ms, max {rebuild.Max():F0} ms; the rest is the {new ServeOptions().Debounce.TotalMilliseconds:F0} ms debounce and the file watcher");
        Console.WriteLine($"save -> search index updated (it follows the page, open pages need no reload): min {saveToIndex.Min():F0} ms, median {Median(saveToIndex):F0} ms, max {saveToIndex.Max():F0} ms");
        Console.WriteLine($"save while the last save's index is being built -> page on disk, {duringIndex.Count} saves: min {duringIndex.Min():F0} ms, median {Median(duringIndex):F0} ms, max {duringIndex.Max():F0} ms");
        string PerStage(Dictionary<string, List<double>> stages) => string.Join(", ", stages.Select(s => $"{s.Key.Replace("Stage", "", StringComparison.Ordinal)} {Median(s.Value):F0}"));
        Console.WriteLine($"  median per stage of the page rebuild: {PerStage(pageStages)} ms; of the index update: {PerStage(indexStages)} ms");
        Console.WriteLine($"  files written per edit: {string.Join(", ", written.Distinct().Order())}; garbage collection paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F0} ms over all edits ({GC.CollectionCount(2) - collectionsBefore} full collections); managed heap {GC.GetTotalMemory(false) / 1_000_000} MB");
        Console.WriteLine($"  machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        return 0;
    }

    // Other work on the machine inflates every figure; say how busy it was.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }


    private static void Copy(string from, string to)
    {
        foreach (var source in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }
}
