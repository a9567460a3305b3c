// search.js's engine against the C# index and content model: same words and stems, and no page lost by a prefix.
using Handbook.Build;
using Handbook.Core;
using Handbook.Synthetic;
using Handbook.Content;
using Handbook.Input;
using Handbook.Search;
using Handbook.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class SearchEngineTests(HandbookSiteFixture site)
{
    /// <summary>Each search document's set of words, in document-id order, straight from the content model.</summary>
    private static List<HashSet<string>> PageWords(BuildOptions options, string workingDirectory)
    {
        var context = new BuildContext(options, workingDirectory);
        var model = Pipeline.Run([new ReadInputsStage(), new LoadContentStage(), new ValidateReferencesStage()], context);
        Assert.Empty(context.Diagnostics.Items);
        return [.. new SearchDocumentBuilder(model).Build()
            .Select(d => d.Sections.SelectMany(s => s.Texts).SelectMany(t => Tokenizer.Words(t.Text)).ToHashSet())];
    }

    private static int[] Holding(List<HashSet<string>> pages, params string[] prefixes) =>
        [.. pages.Select((words, doc) => (words, doc))
            .Where(p => prefixes.All(prefix => p.words.Any(w => w.StartsWith(prefix, StringComparison.Ordinal)))).Select(p => p.doc)];

    private static async Task<Dictionary<string, int[]>> QueryAllAsync(IPage page, IEnumerable<string> queries) =>
        await page.EvaluateAsync<Dictionary<string, int[]>>("""
            async queries => { const out = {};
                               for (const q of queries) out[q] = (await handbookSearch.query(q)).docs.slice().sort((a, b) => a - b);
                               return out; }
            """, queries.ToArray());

    private static List<HashSet<string>> RealPages() =>
        PageWords(new BuildOptions { ContentDir = RepoPaths.FrozenHandbook, TemplatesDir = RepoPaths.Templates, AssetsDir = RepoPaths.Assets }, RepoPaths.Root);

    [Fact]
    public async Task The_client_stems_and_splits_words_exactly_as_the_index_does()
    {
        var vocabulary = RealPages().SelectMany(w => w).Concat(
        [
            "caresses", "ponies", "ties", "cries", "agreed", "feed", "hopping", "hoping", "filing", "failing", "generously",
            "communism", "arsenal", "skis", "skies", "dying", "lying", "idly", "gently", "early", "only", "singly", "howe", "atlas",
            "cosmos", "bias", "andes", "inning", "outing", "canning", "herring", "proceed", "exceed", "succeed", "yelling",
            "sayings", "toy", "cry", "by", "happily", "rationalization", "hopefulness", "electrical", "formative", "adjustable",
            "apology", "analogy", "luxuriously", "relational", "conditional", "valency", "hesitancy", "digitizer", "operator",
            "feudalism", "callousness", "sensitivity", "controllable", "constructor", "prototype", "__proto__", "hasownproperty",
        ]).Distinct().Order(StringComparer.Ordinal).ToArray();
        var stemmer = new Stemmer();
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl);
        var stems = await page.EvaluateAsync<string[]>("words => words.map(w => handbookSearch.stem(w))", vocabulary);
        Assert.True(vocabulary.Length > 500, $"{vocabulary.Length} words");
        Assert.Equal(vocabulary.Select(stemmer.Stem), stems);

        string[] texts = ["Error-budget burn: SLO's 99.9% — Café", "naïve résumé", "ÀB ÇD", "x_y x-y x.y x/y", "日本語 テキスト", "tab\tand\nnewline", "İstanbul"];
        foreach (var text in texts)
            Assert.Equal(Tokenizer.Words(text), await page.EvaluateAsync<string[]>("t => handbookSearch.words(t)", text));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_two_and_three_letter_prefix_finds_every_page_holding_a_word_with_it()
    {
        var pages = RealPages();
        var prefixes = pages.SelectMany(w => w).SelectMany(w => new[] { w[..2], w.Length >= 3 ? w[..3] : w[..2] }).Distinct().ToList();
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl);
        var found = await QueryAllAsync(page, prefixes);
        Assert.True(prefixes.Count > 300, $"{prefixes.Count} prefixes");
        foreach (var prefix in prefixes)
            Assert.True(Holding(pages, prefix).Except(found[prefix]).ToList() is [], $"'{prefix}' lost pages");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task On_a_large_synthetic_handbook_counts_match_the_pages_that_hold_the_words()
    {
        // 1,500 questions: common words take the bitmap form and live in block files, paths the 12-page handbook never reaches.
        using var workspace = new Workspace();
        SyntheticHandbook.Write(workspace.Content, 1500);
        var build = workspace.Build();
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.True(File.Exists(Path.Combine(workspace.Output, "search", "t", "de.1.js")));
        Assert.Contains("\"b", File.ReadAllText(Path.Combine(workspace.Output, "search", "t", "de.1.js")));
        var pages = PageWords(new BuildOptions(), workspace.Path);

        await using var server = await SiteServer.StartAsync(workspace.Output);
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(server.BaseUrl + "area-01/q-00001/");
        var queries = new Dictionary<string, string[]>
        {
            ["de"] = ["de"], ["se"] = ["se"], ["ro"] = ["ro"], ["serializ"] = ["serializ"], ["incident"] = ["incident"],
            ["1234"] = ["1234"], ["postmortm"] = ["postmortem"], ["latncy budgt"] = ["latency", "budget"], ["toil canar"] = ["toil", "canar"],
        };
        var found = await QueryAllAsync(page, queries.Keys);
        foreach (var (query, intended) in queries) Assert.Equal(Holding(pages, intended), found[query]);

        // Ranking still uses the exact top impacts: the best page for a common word names it in its title.
        await page.GotoAsync(server.BaseUrl + "area-01/q-00001/?q=incident");
        await Expect(page.Locator("#search-results a").First.Locator(".search-title mark")).ToHaveTextAsync("incident");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Markup_in_content_is_shown_as_text_in_results_never_run()
    {
        using var workspace = new Workspace();
        workspace.Write("content/areas/alpha/questions/03-hostile.yml", """
            question: 'Hostile <img src=x onerror="window.hacked=1"> title?'
            summary: 'A "quoted" \ backslash and </script><script>window.hacked=2</script> summary.'
            flow: [One, Two]
            how_to_answer:
              - 'Say <b onmouseover="window.hacked=3">bold</b> onerror things.'
            """);
        Assert.Equal(0, workspace.Build().ExitCode);
        await using var server = await SiteServer.StartAsync(workspace.Output);
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(server.BaseUrl + "?q=onerror");
        var first = page.Locator("#search-results a").First;
        await Expect(first.Locator(".search-title")).ToContainTextAsync("<img src=x onerror=\"window.hacked=1\">");
        Assert.Equal(0, await page.Locator("#search-results img, #search-results b, #search-results script").CountAsync());
        await page.GotoAsync(server.BaseUrl + "?q=backslash");
        await Expect(page.Locator("#search-results .search-excerpt").First).ToContainTextAsync("A \"quoted\" \\ backslash and </script><script>");
        Assert.Null(await page.EvaluateAsync<int?>("window.hacked ?? null"));
        Assert.Empty(problems);
    }
}
