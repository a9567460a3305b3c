// An axis-aligned rectangle in diagram units (1 unit = 1 CSS px when the SVG is shown at its natural size).
namespace Handbook.Diagrams;

public sealed record LayoutRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;

    public bool Contains(LayoutRect other, double tolerance = 0) =>
        other.X >= X - tolerance && other.Y >= Y - tolerance && other.Right <= Right + tolerance && other.Bottom <= Bottom + tolerance;

    public bool Overlaps(LayoutRect other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}
