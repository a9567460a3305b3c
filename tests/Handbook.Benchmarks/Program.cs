// Benchmark commands: `dotnet run -c Release --project tests/Handbook.Benchmarks -- <name> [args]`. Each prints its figures.
using Handbook.Benchmarks;

var benchmarks = new Dictionary<string, Func<string[], int>>
{
    ["synthetic"] = args =>
    {
        // synthetic <folder> <questions> [areas]: write a synthetic content folder, e.g. to build or inspect by hand.
        if (args.Length > 2) SyntheticHandbook.Write(args[0], int.Parse(args[1]), int.Parse(args[2]));
        else SyntheticHandbook.Write(args[0], int.Parse(args[1]));
        Console.WriteLine($"Wrote {args[1]} questions to {args[0]}");
        return 0;
    },
    ["search"] = SearchBenchmark.Run, // search [questions] [--keep]: first-query bytes, requests and results, ours vs Pagefind
    ["diagrams"] = args => DiagramBenchmark.Run(args.Length > 0 ? int.Parse(args[0]) : 2000), // diagrams [count]: time and bytes per diagram
    ["index"] = IndexBenchmark.Run, // index [questions=10000]: search index build time, phase by phase
    ["serve"] = ServeBenchmark.Run, // serve [questions=10000] [edits=20]: save one question -> rebuilt page on disk, min/median/max ms
    ["linkscan"] = LinkScanBenchmark.Run, // linkscan <site> [runs=5] [--tree]: the build's link check alone over a built folder
    ["links"] = LinkBenchmark.Run, // links [pages=1000] [handbook|hugo] [folder]: `check` vs LinkChecker on a built site
    ["hugo"] = HugoBenchmark.Run, // hugo [all | AREAS PER-AREA] [--runs 3] [--binary PATH]: full build vs Hugo: wall, CPU, peak memory
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: <benchmark> [args]; benchmarks: {string.Join(", ", benchmarks.Keys)}");
    return 2;
}

return run(args[1..]);
