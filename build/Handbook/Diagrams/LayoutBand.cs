// A band behind a run of steps in one phase, labelled with the phase's share of the answer ("Actions ~50%") on the run's first row.
namespace Handbook.Diagrams;

public sealed record LayoutBand(string? Phase, LayoutRect Box, LayoutText? Label);
