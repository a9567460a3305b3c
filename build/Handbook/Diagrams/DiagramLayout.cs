// A whole diagram placed for one variant ("rows" or "column"): canvas size, steps, connectors and the bands behind runs of a phase.
namespace Handbook.Diagrams;

public sealed record DiagramLayout(string Variant, double Width, double Height, IReadOnlyList<LayoutStep> Steps, IReadOnlyList<LayoutConnector> Connectors,
    IReadOnlyList<LayoutBand> Bands)
{
    public LayoutRect Canvas => new(0, 0, Width, Height);
}
