// One step to draw: its title (a flow's label), an optional tagline (spines), its phase's colour (position in the shape) and visible name,
// and the share of the answer its phase should take with that phase's name, which a band over the run of such steps shows.
namespace Handbook.Diagrams;

public sealed record DiagramStep(string Title, string? Tagline = null, string? Phase = null, string? PhaseName = null, int? Share = null, string? ShareOf = null);
