// Scores every (word, document) pair once at build time: field-weighted BM25, quantised to a small level on a log scale.
namespace Handbook.Search;

public static class ImpactScorer
{
    /// <summary>Levels fit one character of the index alphabet (64 symbols, 0 unused).</summary>
    public const int Levels = 63;

    private const double K1 = 1.2;

    /// <summary>A question's title far above its summary and kind, above flow steps, above bullets.</summary>
    public static double Weight(SearchField field) => field switch
    {
        SearchField.Title => 10,
        SearchField.Heading => 4,
        SearchField.Summary or SearchField.Kind => 3,
        SearchField.Step => 2,
        SearchField.Source => 1.5,
        _ => 1,
    };

    /// <summary>At equal match a question or area answers the reader's question better than the source page it cites;
    /// a source's own name still counts in full, so a search for the source finds it.</summary>
    public static double TypeWeight(string type, SearchField field) => type != "source" ? 1 : field == SearchField.Title ? 0.7 : 0.5;

    // Short fields are labels whose length says little; long prose is normalised as plain BM25 does.
    private static double LengthNormalisation(SearchField field) => field == SearchField.Text ? 0.75 : 0.3;

    public static ScoredIndex Score(IReadOnlyList<SearchDocument> documents, CancellationToken cancel = default)
    {
        var fieldCount = Enum.GetValues<SearchField>().Length;
        var counts = new (string Word, SearchField Field, int Tf)[documents.Count][];
        var lengths = new int[documents.Count, fieldCount];
        // Documents are counted on every core: each fills its own entry and its own row of lengths.
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancel }, doc =>
        {
            var counter = TermCounter.ForThread();
            foreach (var section in documents[doc].Sections)
                foreach (var text in section.Texts)
                    lengths[doc, (int)text.Field] += counter.Count(text.Text, text.Field);
            counts[doc] = counter.Drain();
        });

        var averages = new double[fieldCount];
        for (var f = 0; f < fieldCount; f++)
        {
            var used = Enumerable.Range(0, documents.Count).Select(d => lengths[d, f]).Where(l => l > 0).ToList();
            averages[f] = used.Count == 0 ? 1 : used.Average();
        }

        // Documents are visited in order, so each word's list is in document order as it grows: a document's fields add up in
        // its last entry, with no sorted map per word.
        var scores = new Dictionary<string, List<(int Doc, double Score)>>(StringComparer.Ordinal);
        for (var doc = 0; doc < counts.Length; doc++)
        {
            if (doc % 256 == 0) cancel.ThrowIfCancellationRequested();
            foreach (var (word, field, tf) in counts[doc])
            {
                var b = LengthNormalisation(field);
                var norm = 1 - b + b * lengths[doc, (int)field] / averages[(int)field];
                var part = TypeWeight(documents[doc].Type, field) * Weight(field) * tf * (K1 + 1) / (tf + K1 * norm);
                if (!scores.TryGetValue(word, out var perDoc)) scores[word] = perDoc = [];
                if (perDoc.Count > 0 && perDoc[^1].Doc == doc) perDoc[^1] = (doc, perDoc[^1].Score + part);
                else perDoc.Add((doc, part));
            }
        }

        // Each word's list is weighted by its rarity, then quantised against the largest score of all, one word per core at a time.
        var n = documents.Count;
        var words = scores.Keys.Order(StringComparer.Ordinal).ToArray();
        var weighted = new (int Doc, double Score)[words.Length][];
        Parallel.For(0, words.Length, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            var perDoc = scores[words[i]];
            var idf = Math.Log(1 + (n - perDoc.Count + 0.5) / (perDoc.Count + 0.5));
            weighted[i] = [.. perDoc.Select(d => (d.Doc, Score: idf * d.Score))];
        });
        var max = weighted.SelectMany(v => v).Select(v => v.Score).DefaultIfEmpty(1).Max();
        var scale = double.Parse((Math.Log(1 + max) / Levels).ToString("G6")); // the manifest prints six digits
        var impacts = new IReadOnlyList<Impact>[words.Length];
        Parallel.For(0, words.Length, new ParallelOptions { CancellationToken = cancel }, i =>
            impacts[i] = [.. weighted[i].Select(v => new Impact(v.Doc, Quantise(v.Score, scale)))]);
        var postings = new Dictionary<string, IReadOnlyList<Impact>>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++) postings[words[i]] = impacts[i];
        return new ScoredIndex(postings, scale, n);
    }

    public static int Quantise(double score, double scale) => Math.Clamp((int)Math.Round(Math.Log(1 + score) / scale), 1, Levels);
}
