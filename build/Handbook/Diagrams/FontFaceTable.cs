// One face of the generated width table: metrics in font units and (code point, advance) pairs, as read from the font file.
namespace Handbook.Diagrams;

internal sealed record FontFaceTable(string Family, int Weight, string Source, int UnitsPerEm, int Ascent, int Descent, int[] Pairs)
{
    /// <summary>Advance widths by code point, in font units.</summary>
    public IReadOnlyDictionary<int, int> Advances { get; } = Enumerable.Range(0, Pairs.Length / 2).ToDictionary(i => Pairs[2 * i], i => Pairs[2 * i + 1]);
}
