// Counts a document's searchable words per field for the scorer, each word a number in this thread's vocabulary: no hashing of pairs.
namespace Handbook.Search;

/// <remarks>Indexing counts millions of words. Counting (word, field) pairs in a dictionary per document hashed every word twice
/// (once to share its string, once for the pair) through an iterator per text; here a word is looked up once, as a span, and its
/// count is a slot of an array indexed by its number and field. One per thread, reused document after document.</remarks>
internal sealed class TermCounter
{
    private const int MaxKnownWords = 200_000; // a bound, for text that is all distinct identifiers
    private static readonly int FieldCount = Enum.GetValues<SearchField>().Length;

    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly List<int> _touched = []; // the slots counted in this document, in the order first met
    private int[] _counts = new int[1024];

    [ThreadStatic]
    private static TermCounter? t_counter;

    /// <summary>This thread's counter, empty, with a fresh vocabulary when the last one grew past its bound.</summary>
    public static TermCounter ForThread()
    {
        var counter = t_counter ??= new TermCounter();
        if (counter._words.Count > MaxKnownWords)
        {
            counter._numbers.Clear();
            counter._words.Clear();
            Array.Clear(counter._counts);
        }

        return counter;
    }

    /// <summary>Counts the searchable words of <paramref name="text"/> (as <see cref="Tokenizer.Words"/> gives them) in
    /// <paramref name="field"/>; how many there were.</summary>
    public int Count(string text, SearchField field)
    {
        var words = 0;
        var lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[Tokenizer.MaxLength];
        for (var at = 0; Tokenizer.NextRun(text, ref at, out var start) is > 0 and var length;)
        {
            if (length is < Tokenizer.MinLength or > Tokenizer.MaxLength) continue;
            var lower = Tokenizer.Lower(text.AsSpan(start, length), buffer);
            if (!lookup.TryGetValue(lower, out var number))
            {
                number = _words.Count;
                var word = new string(lower);
                _words.Add(word);
                _numbers[word] = number;
                if ((number + 1) * FieldCount > _counts.Length) Array.Resize(ref _counts, _counts.Length * 2);
            }

            var slot = number * FieldCount + (int)field;
            if (_counts[slot]++ == 0) _touched.Add(slot);
            words++;
        }

        return words;
    }

    /// <summary>Each (word, field) counted since the last call with its count, in the order first met, and the counter emptied.</summary>
    public (string Word, SearchField Field, int Count)[] Drain()
    {
        var counted = new (string, SearchField, int)[_touched.Count];
        for (var i = 0; i < counted.Length; i++)
        {
            var slot = _touched[i];
            counted[i] = (_words[slot / FieldCount], (SearchField)(slot % FieldCount), _counts[slot]);
            _counts[slot] = 0;
        }

        _touched.Clear();
        return counted;
    }
}
