// One step to draw: its title (a flow's label), an optional tagline (spines), its phase's colour (position in the shape) and visible name.
namespace Handbook.Diagrams;

public sealed record DiagramStep(string Title, string? Tagline = null, string? Phase = null, string? PhaseName = null);
