// `search [questions] [--keep]`: our search against Pagefind on one synthetic handbook: what a first query downloads.
using System.Diagnostics;
using Handbook.Core;
using Handbook.Tests.Support;
using Handbook.Commands;

namespace Handbook.Benchmarks;

public static class SearchBenchmark
{
    private sealed record Query(string Label, string Text, string[] Intended);

    private sealed record Measure(long Bytes, int Requests, int Results, string Breakdown);

    // The rare word is a question's number: SyntheticHandbook writes "number N" into question N's title only.
    private static Query[] Queries(int questions) =>
    [
        new("common word", "incident", ["incident"]),
        new("rare word", $"{questions * 3 / 7}", [$"{questions * 3 / 7}"]),
        new("two-letter prefix", "de", ["de"]),
        new("prefix", "serializ", ["serializ"]),
        new("typo", "postmortm", ["postmortem"]),
        new("typos, two words", "latncy budgt", ["latency", "budget"]),
    ];

    /// <summary>Searches start from a question page, as a reader's would.</summary>
    private const string StartPage = "area-01/q-00001/";

    /// <summary>Both clients show five results first (Pagefind's UI does too): their excerpts are part of the first query.</summary>
    private const int FirstResults = 5;

    public static int Run(string[] args)
    {
        var questions = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } n ? int.Parse(n) : 10000;
        var work = Directory.CreateTempSubdirectory("handbook-search-bench-").FullName;
        try
        {
            return RunAsync(questions, work).GetAwaiter().GetResult();
        }
        finally
        {
            if (args.Contains("--keep")) Console.WriteLine($"Kept {work}");
            else Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<int> RunAsync(int questions, string work)
    {
        var repo = FindRepo();
        SyntheticHandbook.Write(Path.Combine(work, "content"), questions);
        var options = new BuildOptions
        {
            TemplatesDir = Path.Combine(repo, "templates"),
            AssetsDir = Path.Combine(repo, "site-assets"),
        };
        if (BuildCommand.Run(options, Console.Out, Console.Error, work) != 0) return 1;
        var site = Path.Combine(work, "_site");
        var truth = new GroundTruth(options, work);

        var clock = Stopwatch.StartNew();
        PagefindRunner.Index(site, Path.Combine(work, "pagefind-npm"));
        Console.WriteLine($"Pagefind {PagefindRunner.Version} indexed the site in {clock.ElapsedMilliseconds} ms ({string.Join(' ', PagefindRunner.IndexArgs)}).");

        var routes = new SiteRoutes(site);
        await using var browser = await Chromium.LaunchAsync();
        var rows = new List<(Query Query, Measure Ours, Measure Pagefind, int Truth)>();
        foreach (var query in Queries(questions))
            rows.Add((query, await OursAsync(routes, browser, query), await PagefindAsync(routes, browser, query), truth.Count(query.Intended)));

        var client = routes.WireBytes("assets/search.js") + routes.WireBytes("assets/search.css");
        Console.WriteLine();
        Console.WriteLine($"{truth.Pages} searchable pages. Sizes are gzip (level 'Optimal'), or the file's own size when smaller (Pagefind pre-compresses).");
        Console.WriteLine($"Our client: search.js {routes.WireBytes("assets/search.js")} B + search.css {routes.WireBytes("assets/search.css")} B = {client} B gzipped.");
        Console.WriteLine("Method: both run in headless Chromium (Playwright); every file the page requests for the query is counted.");
        Console.WriteLine("Pagefind is measured through its JS API (pagefind.js), without its UI, which adds its own JS and CSS.");
        Console.WriteLine();
        Console.WriteLine($"{"query",-28} | {"ours KB",8} {"req",4} {"results",8} | {"Pagefind KB",11} {"req",4} {"results",8} | {"pages holding it",16} | ours/Pagefind");
        foreach (var (query, ours, pagefind, count) in rows)
        {
            Console.WriteLine($"{$"{query.Label}: {query.Text}",-28} | {Kb(ours.Bytes),8} {ours.Requests,4} {ours.Results,8} | " +
                              $"{Kb(pagefind.Bytes),11} {pagefind.Requests,4} {pagefind.Results,8} | {count,16} | {(double)ours.Bytes / pagefind.Bytes,6:P0}");
        }

        Console.WriteLine();
        foreach (var (query, ours, pagefind, _) in rows)
        {
            Console.WriteLine($"{query.Text}: ours {ours.Breakdown}");
            Console.WriteLine($"{new string(' ', query.Text.Length)}  Pagefind {pagefind.Breakdown}");
        }

        return 0;
    }

    private static async Task<Measure> OursAsync(SiteRoutes routes, Microsoft.Playwright.IBrowser browser, Query query)
    {
        var page = await routes.OpenAsync(browser);
        routes.Clear();
        await page.GotoAsync(SiteRoutes.Origin + StartPage + "?q=" + Uri.EscapeDataString(query.Text));
        await page.WaitForFunctionAsync("""
            () => { const s = document.getElementById("search-status");
                    return !!s && (s.textContent.startsWith("No results") || document.querySelectorAll("#search-results > li > a").length > 0); }
            """, null, new() { Timeout = 120_000 });
        var results = await page.EvaluateAsync<int>("async q => (await handbookSearch.query(q)).count", query.Text);
        // Page results (sections listed under a page are inside it), pages with all the words and then those with some.
        var listed = await page.EvaluateAsync<int>("async q => { const r = await handbookSearch.query(q); return r.docs.length + r.rest.length; }", query.Text);
        var shown = await page.Locator("#search-results > li > a").CountAsync();
        var measure = Tally(routes, results, p => p.StartsWith("search/", StringComparison.Ordinal) || p.StartsWith("assets/search.", StringComparison.Ordinal),
            p => p.StartsWith("assets/", StringComparison.Ordinal) ? "client" : p == "search/manifest.js" ? "manifest" : p.StartsWith("search/d/", StringComparison.Ordinal) ? "documents" : "shards");
        await page.Context.CloseAsync();
        return shown == Math.Min(FirstResults, listed) ? measure : throw new InvalidOperationException($"'{query.Text}' showed {shown} results");
    }

    private static async Task<Measure> PagefindAsync(SiteRoutes routes, Microsoft.Playwright.IBrowser browser, Query query)
    {
        var page = await routes.OpenAsync(browser);
        await page.GotoAsync(SiteRoutes.Origin + StartPage);
        routes.Clear();
        var results = await page.EvaluateAsync<int>($$"""
            async q => { const pagefind = await import("/pagefind/pagefind.js");
                         const search = await pagefind.search(q);
                         await Promise.all(search.results.slice(0, {{FirstResults}}).map(r => r.data()));
                         return search.results.length; }
            """, query.Text);
        var measure = Tally(routes, results, p => p.StartsWith("pagefind/", StringComparison.Ordinal), p => Path.GetExtension(p) switch
        {
            ".js" => "loader JS",
            ".json" => "entry",
            ".pf_meta" => "meta",
            ".pf_index" => "index chunks",
            ".pf_fragment" => "fragments",
            _ => p.Contains("wasm", StringComparison.Ordinal) ? "wasm" : "other",
        });
        await page.Context.CloseAsync();
        return measure;
    }

    private static Measure Tally(SiteRoutes routes, int results, Func<string, bool> counts, Func<string, string> kind)
    {
        List<string> fetched;
        lock (routes.Fetched) fetched = [.. routes.Fetched.Where(counts)];
        var files = fetched.Distinct().ToList();
        var breakdown = string.Join(", ", files.GroupBy(kind).Select(g => $"{g.Key} {Kb(g.Sum(routes.WireBytes))} KB ({g.Count()})"));
        return new Measure(files.Sum(routes.WireBytes), fetched.Count, results, breakdown);
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0");

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Handbook.sln"))) return dir.FullName;
        throw new InvalidOperationException("Handbook.sln not found above the benchmark binary.");
    }
}
