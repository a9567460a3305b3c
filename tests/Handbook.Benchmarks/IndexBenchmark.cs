// `index [questions]`: where building the search index of a large handbook spends its time, phase by phase.
using System.Diagnostics;
using Handbook.Build;
using Handbook.Content;
using Handbook.Core;
using Handbook.Input;
using Handbook.Search;

namespace Handbook.Benchmarks;

public static class IndexBenchmark
{
    public static int Run(string[] args)
    {
        var questions = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        var folder = Directory.CreateTempSubdirectory("handbook-index-bench-").FullName;
        try
        {
            SyntheticHandbook.Write(Path.Combine(folder, "content"), questions);
            var context = new BuildContext(new BuildOptions { TemplatesDir = "content", AssetsDir = "content" }, folder); // only content is read
            var site = Pipeline.Run([new ReadInputsStage(), new LoadContentStage()], context);
            for (var round = 1; round <= 3; round++)
            {
                var clock = Stopwatch.StartNew();
                var documents = new SearchDocumentBuilder(site).Build();
                var built = clock.Elapsed.TotalMilliseconds;
                var scored = ImpactScorer.Score(documents);
                var score = clock.Elapsed.TotalMilliseconds - built;
                var files = new IndexShardBuilder().Build(documents);
                var total = clock.Elapsed.TotalMilliseconds;
                Console.WriteLine($"round {round}: {documents.Count} documents in {built:F0} ms, scored ({scored.Postings.Count} words) in {score:F0} ms, " +
                    $"scored again and cut into {files.Count} files in {total - built - score:F0} ms; total {total:F0} ms");
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
