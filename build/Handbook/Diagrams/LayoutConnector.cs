// An arrow from one step to the next: a polyline whose last point is the arrow's tip.
namespace Handbook.Diagrams;

public sealed record LayoutConnector(IReadOnlyList<LayoutPoint> Points);
