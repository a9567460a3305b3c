// Measures text without a browser: each character counts at the widest advance among the diagram font and its CSS fallbacks.
using System.Text;

namespace Handbook.Diagrams;

public sealed class FontMetrics
{
    /// <summary>Colour emoji fonts advance about 1.245 em; no unknown character may count for less.</summary>
    private const double MinimumUnknownEm = 1.25;

    private readonly Dictionary<int, Dictionary<int, double>> _byWeight = [];
    // The same advances of ASCII as an array per weight (the unknown ones as UnknownEm): nearly every character measured.
    private readonly Dictionary<int, double[]> _asciiByWeight = [];

    public static FontMetrics Default { get; } = new(FontTables.Faces);

    internal FontMetrics(IReadOnlyList<FontFaceTable> faces)
    {
        UnknownEm = Math.Max(MinimumUnknownEm, faces.Max(f => f.Advances.Values.Max() / (double)f.UnitsPerEm));
        AscentEm = faces.Max(f => f.Ascent / (double)f.UnitsPerEm);
        DescentEm = faces.Max(f => f.Descent / (double)f.UnitsPerEm);

        // The first family is the self-hosted one: only its characters are known; a fallback lacking one counts it as unknown.
        var pinned = faces[0].Family;
        foreach (var group in faces.GroupBy(f => f.Weight))
        {
            var known = group.Where(f => f.Family == pinned).SelectMany(f => f.Advances.Keys).ToHashSet();
            var table = _byWeight[group.Key] = known.ToDictionary(c => c, c => group.Max(f =>
                f.Advances.TryGetValue(c, out var advance) ? advance / (double)f.UnitsPerEm : UnknownEm));
            _asciiByWeight[group.Key] = [.. Enumerable.Range(0, 128).Select(c => table.GetValueOrDefault(c, UnknownEm))];
        }
    }

    /// <summary>The advance, in em, given to a character the table does not hold.</summary>
    public double UnknownEm { get; }

    /// <summary>The tallest ascent and deepest descent of all the faces, in em: a line box this tall holds any of them.</summary>
    public double AscentEm { get; }
    public double DescentEm { get; }

    /// <summary>The width in px of <paramref name="text"/> set at <paramref name="size"/> px, without kerning or ligatures.</summary>
    public double Width(string text, double size, int weight)
    {
        var table = _byWeight[weight];
        var ascii = _asciiByWeight[weight];
        var em = 0.0;
        foreach (var rune in text.EnumerateRunes())
            em += rune.Value < ascii.Length ? ascii[rune.Value] : table.TryGetValue(rune.Value, out var advance) ? advance : UnknownEm;
        return em * size;
    }

    /// <summary>True when every character of the text is in the self-hosted font, so none counts as unknown.</summary>
    public bool Covers(string text, int weight) => text.EnumerateRunes().All(r => _byWeight[weight].ContainsKey(r.Value));

    internal static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
}
