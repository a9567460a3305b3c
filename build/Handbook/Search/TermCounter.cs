// Counts a document's searchable words per field for the scorer, each word a number in this thread's vocabulary: no hashing of pairs.
namespace Handbook.Search;

/// <remarks>Indexing counts millions of words. Counting (word, field) pairs in a dictionary per document hashed every word twice
/// (once to share its string, once for the pair) through an iterator per text; here a word is looked up once, as a span, in the
/// thread's vocabulary (Tokenizer.Number), and its count is a slot of an array indexed by its number and field. One per thread,
/// reused document after document.</remarks>
internal sealed class TermCounter
{
    private static readonly int FieldCount = Enum.GetValues<SearchField>().Length;

    private readonly List<int> _touched = []; // the slots counted in this document, in the order first met
    private int[] _counts = new int[1024];

    [ThreadStatic]
    private static TermCounter? t_counter;

    /// <summary>This thread's counter, empty (a document a cancelled build left half counted is dropped), its vocabulary
    /// emptied first when it grew past its bound.</summary>
    public static TermCounter ForThread()
    {
        var counter = t_counter ??= new TermCounter();
        counter.Clear();
        Tokenizer.ForgetPastBound();
        return counter;
    }

    /// <summary>Counts the searchable words of <paramref name="text"/> (as <see cref="Tokenizer.Words"/> gives them) in
    /// <paramref name="field"/>; how many there were.</summary>
    public int Count(string text, SearchField field)
    {
        var words = 0;
        Span<char> buffer = stackalloc char[Tokenizer.MaxLength];
        for (var at = 0; Tokenizer.NextRun(text, ref at, out var start) is > 0 and var length;)
        {
            if (length is < Tokenizer.MinLength or > Tokenizer.MaxLength) continue;
            var number = Tokenizer.Number(Tokenizer.Lower(text.AsSpan(start, length), buffer));
            var slot = number * FieldCount + (int)field;
            if (slot >= _counts.Length) Array.Resize(ref _counts, Math.Max(_counts.Length * 2, slot + FieldCount));
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
            counted[i] = (Tokenizer.WordOf(slot / FieldCount), (SearchField)(slot % FieldCount), _counts[slot]);
        }

        Clear();
        return counted;
    }

    private void Clear()
    {
        foreach (var slot in _touched) _counts[slot] = 0;
        _touched.Clear();
    }
}
