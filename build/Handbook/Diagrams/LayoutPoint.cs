// A point in diagram units.
namespace Handbook.Diagrams;

public readonly record struct LayoutPoint(double X, double Y);
