// One line of text placed in a box: what it says, where its baseline starts, its size, weight, role and measured extent.
namespace Handbook.Diagrams;

public sealed record LayoutText(string Text, string Role, double X, double Baseline, double Size, int Weight, double Width, double Ascent, double Descent)
{
    /// <summary>The line's ink box as measured: advance width by the tallest ascent and descent of the faces.</summary>
    public LayoutRect Bounds => new(X, Baseline - Ascent, Width, Ascent + Descent);
}
