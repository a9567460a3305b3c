// The compact text encoding of postings shared with search.js: JSON-safe characters, gzip-friendly, decoded in one pass.
using System.Text;

namespace Handbook.Search;

public static class IndexCodec
{
    /// <summary>One symbol = 6 bits. Chosen so the strings need no escaping inside JSON.</summary>
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static char Symbol(int value) => Alphabet[value];

    public static int Value(char symbol) => Alphabet.IndexOf(symbol);

    /// <summary>Little-endian groups of 5 bits; the sixth bit says another group follows. Values below 32 take one symbol.</summary>
    public static void AppendNumber(StringBuilder text, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        do
        {
            var group = value & 31;
            value >>= 5;
            text.Append(Symbol(value > 0 ? group | 32 : group));
        }
        while (value > 0);
    }

    public static int ReadNumber(string text, ref int position)
    {
        int value = 0, shift = 0, symbol;
        do
        {
            symbol = Value(text[position++]);
            value |= (symbol & 31) << shift;
            shift += 5;
        }
        while ((symbol & 32) != 0);
        return value;
    }

    /// <summary>Ascending ids as gaps: each id minus the previous minus one (the first counts from -1).</summary>
    public static void AppendGaps(StringBuilder text, IEnumerable<int> ascending)
    {
        var previous = -1;
        foreach (var id in ascending)
        {
            AppendNumber(text, id - previous - 1);
            previous = id;
        }
    }

    /// <summary>Ascending ids as a bitmap, 6 ids a symbol, ending with the symbol that holds the last id.</summary>
    public static void AppendBitmap(StringBuilder text, IReadOnlyList<int> ascending)
    {
        if (ascending.Count == 0) return;
        var symbols = new int[ascending[^1] / 6 + 1];
        foreach (var id in ascending) symbols[id / 6] |= 1 << (id % 6);
        foreach (var symbol in symbols) text.Append(Symbol(symbol));
    }
}
