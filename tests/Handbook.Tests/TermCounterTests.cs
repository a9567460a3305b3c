// The scorer's word counts: each (word, field) of a document as Tokenizer.Words reads it, counted, in the order first met.
using Handbook.Search;

namespace Handbook.Tests;

public class TermCounterTests
{
    /// <summary>What the counter must give: the words Tokenizer.Words finds, counted per (word, field) in the order first met.</summary>
    private static (string, SearchField, int)[] Expected(IEnumerable<(SearchField Field, string Text)> texts)
    {
        var counts = new Dictionary<(string, SearchField), int>();
        foreach (var (field, text) in texts)
            foreach (var word in Tokenizer.Words(text))
                counts[(word, field)] = counts.GetValueOrDefault((word, field)) + 1;
        return [.. counts.Select(c => (c.Key.Item1, c.Key.Item2, c.Value))];
    }

    [Fact]
    public void Counts_equal_the_tokenizers_words_per_field_in_any_script_document_after_document()
    {
        // Runs of every kind the tokenizer meets, words too short and too long to index, and the separators between them.
        string[] pieces = ["Deploy", "deploy", "SLO", "café", "ΣΊΣΥΦΟΣ", "İstanbul", "日本語", "e\u0301", "𝐀x", "99", "a", "I",
            new string('x', Tokenizer.MaxLength), new string('y', Tokenizer.MaxLength + 1), " ", "-", "—", ".", "_", "'"];
        var fields = Enum.GetValues<SearchField>();
        var random = new Random(11);
        for (var doc = 0; doc < 500; doc++)
        {
            var texts = Enumerable.Range(0, random.Next(0, 8)).Select(_ => (fields[random.Next(fields.Length)],
                string.Concat(Enumerable.Range(0, random.Next(0, 15)).Select(_ => pieces[random.Next(pieces.Length)])))).ToList();
            var counter = TermCounter.ForThread();
            var lengths = texts.Select(t => counter.Count(t.Item2, t.Item1)).ToList();

            Assert.Equal(Expected(texts), counter.Drain());
            Assert.Equal(texts.Select(t => Tokenizer.Words(t.Item2).Count()), lengths);
        }
    }

    [Fact]
    public void A_drained_counter_starts_the_next_document_from_nothing()
    {
        var counter = TermCounter.ForThread();
        counter.Count("Error budget error", SearchField.Title);
        counter.Drain();
        counter.Count("budget", SearchField.Text);

        Assert.Equal([("budget", SearchField.Text, 1)], counter.Drain());
        Assert.Empty(counter.Drain());
    }

    [Fact]
    public void A_document_left_half_counted_is_dropped_when_the_thread_takes_its_counter_again()
    {
        // As a cancelled build leaves one: counted, never drained.
        TermCounter.ForThread().Count("Error budget", SearchField.Title);
        var counter = TermCounter.ForThread();
        counter.Count("budget", SearchField.Text);

        Assert.Equal([("budget", SearchField.Text, 1)], counter.Drain());
    }

    [Fact]
    public void The_counts_name_the_same_strings_as_the_tokenizers_words()
    {
        var counter = TermCounter.ForThread();
        counter.Count("Budget", SearchField.Title);

        Assert.Same(Tokenizer.Tokenize("budget").Single().Word, counter.Drain().Single().Word);
    }
}
