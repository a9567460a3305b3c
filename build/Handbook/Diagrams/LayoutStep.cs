// A step placed on the canvas: its box, number badge and text lines.
namespace Handbook.Diagrams;

public sealed record LayoutStep(int Number, string? Phase, LayoutRect Box, LayoutPoint BadgeCentre, double BadgeRadius, IReadOnlyList<LayoutText> Lines)
{
    public LayoutRect Badge => new(BadgeCentre.X - BadgeRadius, BadgeCentre.Y - BadgeRadius, 2 * BadgeRadius, 2 * BadgeRadius);
}
