// The search index's parts: words, stems, the posting codec, field-weighted scoring and how words are cut into shards.
using System.Text;
using Handbook.Search;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class SearchIndexTests
{
    private static SearchDocument Doc(string title, params (SearchField Field, string Text)[] texts) =>
        new($"{title.ToLowerInvariant().Replace(' ', '-')}/", title, "question",
            [new("", "", [new(SearchField.Title, title), .. texts.Select(t => new SearchText(t.Field, t.Text))])]);

    [Fact]
    public void Words_are_lower_case_runs_of_letters_and_digits_of_two_or_more_characters()
    {
        Assert.Equal(["error", "budget", "burn", "slo", "99", "café", "on", "call", "naïve"],
            Tokenizer.Words("Error-budget burn: SLO's 99.9% — Café, on-call; I a naïve"));
        var tokens = Tokenizer.Tokenize("  MTTR (down)").ToList();
        Assert.Equal([new Token("mttr", 2, 4), new Token("down", 8, 4)], tokens);
    }

    [Fact]
    public void Each_token_is_its_run_lower_cased_in_any_script_and_a_repeated_word_is_one_string()
    {
        // Runs of every kind of character the tokenizer meets: ASCII, accented, Greek, Turkish dotted I, CJK, combining marks,
        // a letter outside the BMP, and the separators between them.
        string[] pieces = ["Deploy", "SLO", "café", "ΣΊΣΥΦΟΣ", "İstanbul", "日本語", "e\u0301", "𝐀x", "99", " ", "-", "—", ".", "_"];
        var random = new Random(5);
        for (var i = 0; i < 2_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            foreach (var token in Tokenizer.Tokenize(text))
                Assert.Equal(text.Substring(token.Start, token.Length).ToLowerInvariant(), token.Word);
        }

        var words = Tokenizer.Tokenize("Budget budget BUDGET").Select(t => t.Word).ToList();
        Assert.All(words, w => Assert.Same(words[0], w));
    }

    [Theory]
    [InlineData("deploying", "deploy")]
    [InlineData("deployment", "deploy")]
    [InlineData("postmortems", "postmortem")]
    [InlineData("reliability", "reliabl")]
    [InlineData("generously", "generous")]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("news", "news")]
    [InlineData("budgets", "budget")]
    public void Stemming_is_snowball_english(string word, string stem) => Assert.Equal(stem, new Stemmer().Stem(word));

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(123_456_789)]
    public void Numbers_round_trip_and_small_ones_take_one_symbol(int value)
    {
        var text = new StringBuilder();
        IndexCodec.AppendNumber(text, value);
        var at = 0;
        Assert.Equal(value, IndexCodec.ReadNumber(text.ToString(), ref at));
        Assert.Equal(text.Length, at);
        if (value < 32) Assert.Equal(1, text.Length);
    }

    [Fact]
    public void A_short_posting_keeps_every_document_and_its_exact_level()
    {
        Impact[] impacts = [new(3, 10), new(4, 63), new(200, 1), new(5000, 17)];
        var posting = SearchFiles.Decode(PostingEncoder.Encode(impacts));
        Assert.Equal('a', posting.Mode);
        Assert.Equal([3, 4, 200, 5000], posting.Docs);
        Assert.All(impacts, i => Assert.Equal(i.Level, posting.Level(i.Doc)));
    }

    [Theory]
    [InlineData(1, 'b')]  // every page holds the word: a bitmap, one bit a page
    [InlineData(40, 'c')] // one page in 40: gaps are shorter than a bitmap
    public void A_long_posting_keeps_every_document_and_the_top_levels_exactly(int every, char mode)
    {
        var impacts = Enumerable.Range(0, 20_000).Where(d => d % every == 0).Select(d => new Impact(d, 1 + d * 7 % 50)).ToList();
        var text = PostingEncoder.Encode(impacts, topCount: 100);
        var posting = SearchFiles.Decode(text);

        Assert.Equal(mode, posting.Mode);
        Assert.Equal(impacts.Select(i => i.Doc), posting.Docs);
        Assert.Equal(100, posting.Top.Count);
        var best = impacts.OrderByDescending(i => i.Level).ThenBy(i => i.Doc).Take(100).ToList();
        Assert.All(best, i => Assert.Equal(i.Level, posting.Top[i.Doc]));
        var rest = impacts.Except(best).Select(i => i.Level).Order().ToList();
        Assert.Equal(rest[rest.Count / 2], posting.Rest);
        if (mode == 'b') Assert.True(text.Length < 20_000 / 6 + 400, $"{text.Length} symbols for 20,000 pages");
    }

    [Fact]
    public void A_title_outranks_a_summary_and_kind_which_outrank_flow_steps_which_outrank_bullets()
    {
        var index = ImpactScorer.Score(
        [
            Doc("Zebra crossings"),
            Doc("Crossing one", (SearchField.Summary, "about a zebra here")),
            Doc("Crossing two", (SearchField.Kind, "zebra")),
            Doc("Crossing three", (SearchField.Step, "Find the zebra")),
            Doc("Crossing four", (SearchField.Text, "Then look at the zebra again.")),
            Doc("Crossing five", (SearchField.Text, "Nothing to see.")),
        ]);
        var levels = index.Postings["zebra"].ToDictionary(i => i.Doc, i => i.Level);
        Assert.True(levels[0] > levels[1] + 10, $"title {levels[0]} is far above summary {levels[1]}");
        Assert.True(levels[1] > levels[3] && levels[2] > levels[3], "summary and kind above flow steps");
        Assert.True(levels[3] > levels[4], "flow steps above bullets");
        Assert.False(levels.ContainsKey(5));
        Assert.True(index.Postings["look"][0].Level > levels[4], "in the same field, a rare word weighs more than a common one");
    }

    [Fact]
    public void Each_shard_holds_every_word_with_its_two_letter_key_so_any_prefix_needs_one_shard()
    {
        var documents = Enumerable.Range(0, 40).Select(i => Doc($"Page {i}",
            (SearchField.Text, $"deploy deployment deploying design developer delta {(i % 2 == 0 ? "decision" : "debugging")} x{i}y ünïcode"))).ToList();
        var files = SearchFiles.From(new IndexShardBuilder().Build(documents));
        var index = ImpactScorer.Score(documents);

        foreach (var word in index.Postings.Keys)
        {
            Assert.Contains(word, files.Words(ShardKey.Of(word)));
            Assert.Equal(index.Postings[word].Select(i => i.Doc), files.Posting(word).Docs);
        }

        Assert.Equal(["debugging", "decision", "delta", "deploy", "deploying", "deployment", "design", "developer"], files.Words("de"));
        Assert.Equal("_n", ShardKey.Of("ünïcode"));
        Assert.Contains("ünïcode", files.Words("_n"));
        var deploy = files.Data("t/de")["s"]!["deploy"]!.AsArray().Select(w => (string)w!);
        Assert.Equal(["deploy", "deploying", "deployment"], deploy);
    }

    [Fact]
    public void Long_postings_move_to_blocks_and_the_shard_points_at_them()
    {
        var documents = Enumerable.Range(0, 3000).Select(i => Doc($"Page {i}", (SearchField.Text, "alpha alphabet alpine" + (i % 3 == 0 ? " alps" : "")))).ToList();
        var outputs = new IndexShardBuilder(inlineLimit: 100, blockSize: 1000).Build(documents);
        var files = SearchFiles.From(outputs);

        var pointers = files.Data("t/al")["p"]!.AsArray();
        Assert.All(pointers, p => Assert.Equal(System.Text.Json.JsonValueKind.Number, p!.GetValueKind()));
        Assert.Contains("t/al.1", files.Names);
        Assert.Contains("t/al.2", files.Names);
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => i * 3), files.Posting("alps").Docs);
        Assert.Equal(3000, files.Posting("alpine").Docs.Count);
    }

    [Fact]
    public void The_manifest_lists_exactly_the_shards_and_does_not_grow_with_the_page_count()
    {
        string Manifest(int pages) => SearchFiles.From(new IndexShardBuilder().Build(
            [.. Enumerable.Range(0, pages).Select(i => Doc($"Page {i}", (SearchField.Text, $"zulu yankee x-ray {i * 7919}")))])).Text("manifest");
        var small = Manifest(10);
        var large = Manifest(3000);
        Assert.True(Math.Abs(large.Length - small.Length) <= 3, $"{small.Length} vs {large.Length} characters"); // only the page count's digits differ

        var files = SearchFiles.From(new IndexShardBuilder().Build([Doc("Only", (SearchField.Text, "zulu 42"))]));
        var bits = (string)files.Data("manifest")["k"]!;
        var listed = Enumerable.Range(0, ShardKey.Count).Where(i => i / 6 < bits.Length && (IndexCodec.Value(bits[i / 6]) >> (i % 6) & 1) == 1);
        var shards = files.Names.Where(n => n.StartsWith("t/", StringComparison.Ordinal) && !n.Contains('.')).Select(n => ShardKey.Index(n[2..]));
        Assert.Equal(shards.Order(), listed);
    }

    [Fact]
    public void Document_files_hold_the_url_title_type_and_sections_in_site_order()
    {
        var documents = new[]
        {
            new SearchDocument("a/q/", "How \"quoted\" </script> \\ text?", "question",
                [new("", "", [new(SearchField.Title, "How \"quoted\" </script> \\ text?"), new(SearchField.Summary, "Sum")]),
                 new("flow", "The flow", [new(SearchField.Step, "One"), new(SearchField.Step, "Two")])]),
            Doc("Second"),
        };
        var files = SearchFiles.From(new IndexShardBuilder().Build(documents));
        var first = files.Data("d/0");
        Assert.Equal("a/q/", (string)first["u"]!);
        Assert.Equal(documents[0].Title, (string)first["t"]!);
        Assert.Equal("question", (string)first["y"]!);
        Assert.Contains("""["flow","The flow","One · Two"]]""", files.Text("d/0")); // non-ASCII stays as written
        Assert.Equal([["", "", "Sum"], ["flow", "The flow", "One · Two"]],
            first["s"]!.AsArray().Select(s => s!.AsArray().Select(x => (string)x!).ToArray()).ToArray());
        Assert.Equal("Second", (string)files.Data("d/1")["t"]!);
        Assert.Equal(2, (int)files.Data("manifest")["n"]!);
    }
}
