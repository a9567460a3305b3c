// Relevance on the real handbook, run by the real client (search.js) in Chromium: each query's expected first result.
using System.Text.Json;
using Handbook.BrowserTests.Relevance;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class SearchRelevanceTests(HandbookSiteFixture site)
{
    private sealed record Result(string Href, string Title, string Label, string Text);

    private sealed record Results(int Count, Result[] Items);

    private async Task<Results> SearchAsync(string query)
    {
        var (page, problems) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + "reliability-sre/");
        var json = await page.EvaluateAsync<string>("async q => JSON.stringify(await handbookSearch.results(q, 3))", query);
        Assert.Empty(problems);
        await page.Context.CloseAsync();
        var results = JsonSerializer.Deserialize<JsonElement>(json);
        return new Results(results.GetProperty("count").GetInt32(), [.. results.GetProperty("results").EnumerateArray().Select(r => new Result(
            r.GetProperty("href").GetString()!, r.GetProperty("title").GetString()!, r.GetProperty("label").GetString()!, r.GetProperty("text").GetString()!))]);
    }

    [Theory]
    // Question titles: the page itself, at its top.
    [InlineData("major incident", "reliability-sre/major-incident/")]
    [InlineData("keep on-call sustainable", "reliability-sre/on-call-toil/")]
    [InlineData("reliability invest", "reliability-sre/reliability-investment/")] // the last word is a prefix
    [InlineData("toi", "reliability-sre/on-call-toil/")]
    // Bullets: how to answer and what the interviewer listens for.
    [InlineData("incident commander", "reliability-sre/major-incident/#how-to-answer")]
    [InlineData("scapegoats", "reliability-sre/major-incident/#listening-for")]
    // Flow steps: the step wins over a bullet that says the same.
    [InlineData("Pareto", "reliability-sre/on-call-toil/#flow")]
    [InlineData("derive the error budget", "reliability-sre/slos-error-budgets/#flow")]
    [InlineData("set clear roles", "reliability-sre/major-incident/#flow")]
    // Evidence sources: their own page, and what a question pulls from them.
    [InlineData("SEV review tool", "sources/sev-review/")]
    [InlineData("Unidash", "sources/ods-unidash/")]
    [InlineData("page counts per rotation", "reliability-sre/on-call-toil/#evidence")]
    // Quick-fire questions of the area.
    [InlineData("SLI SLO SLA difference", "reliability-sre/#quick-1")]
    [InlineData("chronically unreliable dependency", "reliability-sre/#quick-5")]
    [InlineData("blameless culture", "reliability-sre/#quick-7")]
    // Stemming and typos.
    [InlineData("budgeting", "reliability-sre/slos-error-budgets/")]
    [InlineData("eror budgt", "reliability-sre/slos-error-budgets/")]
    [InlineData("postmortm", "reliability-sre/#quick-3")]
    public async Task The_expected_page_and_section_come_first(string query, string expected)
    {
        var results = await SearchAsync(query);
        Assert.True(results.Count > 0, $"no results for '{query}'");
        Assert.Equal("../" + expected, results.Items[0].Href);
    }

    /// <summary>The relevance set (Relevance/queries.txt): realistic queries, each with the first result it must give.</summary>
    [Theory]
    [MemberData(nameof(RelevanceCase.Lines), MemberType = typeof(RelevanceCase))]
    public async Task Each_query_of_the_relevance_set_finds_its_expected_result_first(string line)
    {
        var expected = RelevanceCase.Parse(line);
        var results = await SearchAsync(expected.Query);
        Assert.True(results.Items.Length > 0, $"no results for '{expected.Query}'");
        var first = results.Items[0];
        Assert.Equal(expected.Href, expected.AnchorMatters ? first.Href : first.Href.Split('#')[0]);
        if (expected.Label is not null) Assert.Equal(expected.Label, first.Label);
        // Every result names its question: a quick-fire section shows the quick-fire question, not a generic label.
        Assert.All(results.Items.Where(r => RelevanceCase.QuickText(r.Href) is not null), r => Assert.Equal(RelevanceCase.QuickText(r.Href), r.Label));
    }

    [Fact]
    public void The_relevance_set_has_at_least_40_queries_including_those_quoted_in_issue_14()
    {
        var queries = RelevanceCase.Lines().Select(l => RelevanceCase.Parse((string)l[0]).Query).ToList();
        Assert.True(queries.Count >= 40, $"{queries.Count} queries");
        Assert.Equal(queries.Count, queries.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Subset(queries.ToHashSet(), new HashSet<string> { "SLA vs SLO", "rollback", "oncall", "burn rate alert", "pager load", "how to say no to a launch" });
    }

    [Fact]
    public async Task A_result_names_its_section_and_cuts_an_excerpt_around_the_match()
    {
        var first = (await SearchAsync("incident commander")).Items[0];
        Assert.Equal("How to answer", first.Label);
        Assert.StartsWith("Tell me about a major incident", first.Title);
        Assert.Contains("(incident commander, comms, scribe)", first.Text);
        Assert.True(first.Text.Length < 260, first.Text);

        var top = (await SearchAsync("SEV review tool")).Items[0];
        Assert.Equal("Evidence source", top.Label);
        Assert.StartsWith("Incident records", top.Text);
    }

    [Fact]
    public async Task Pages_reached_only_through_a_typo_rank_below_every_exact_hit()
    {
        // "tool" is in the evidence sources' names; "toil" (one letter off) is on other pages, some of them scoring higher.
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl);
        var docs = await page.EvaluateAsync<int[]>("async () => (await handbookSearch.query('tool')).docs");
        await page.Context.CloseAsync();

        bool Holds(int doc, string word) => Search.Tokenizer.Words(File.ReadAllText(Path.Combine(site.SiteRoot, "search", "d", $"{doc}.js"))).Contains(word);
        var exact = docs.Where(d => Holds(d, "tool")).ToList();
        var typoOnly = docs.Where(d => !Holds(d, "tool")).ToList();
        Assert.NotEmpty(exact);
        Assert.NotEmpty(typoOnly);
        Assert.All(typoOnly, d => Assert.True(Holds(d, "toil"), $"doc {d} matched neither 'tool' nor 'toil'"));
        Assert.Equal(exact, docs.Take(exact.Count));
    }

    [Fact]
    public async Task A_typo_match_never_outranks_an_exact_match_of_another_query_word()
    {
        // "blamless" reaches the blameless pages by a typo only; "Pareto" is on one page as written. Both cover half the query.
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl);
        var docs = await page.EvaluateAsync<int[]>("async () => { const r = await handbookSearch.query('Pareto blamless'); return r.docs.concat(r.rest); }");
        await page.Context.CloseAsync();

        bool Holds(int doc, string word) => Search.Tokenizer.Words(File.ReadAllText(Path.Combine(site.SiteRoot, "search", "d", $"{doc}.js"))).Contains(word);
        var exact = docs.Where(d => Holds(d, "pareto")).ToList();
        Assert.NotEmpty(exact);
        Assert.Contains(docs, d => Holds(d, "blameless") && !Holds(d, "pareto"));
        Assert.Equal(exact, docs.Take(exact.Count));
    }

    [Fact]
    public async Task Nonsense_finds_nothing()
    {
        var results = await SearchAsync("zzzz qqqq");
        Assert.Equal(0, results.Count);
        Assert.Empty(results.Items);
    }
}
