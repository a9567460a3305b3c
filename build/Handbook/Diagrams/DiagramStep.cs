// One step to draw: its title (a flow's label), an optional tagline (spines) and an optional phase (id and visible name).
namespace Handbook.Diagrams;

public sealed record DiagramStep(string Title, string? Tagline = null, string? Phase = null, string? PhaseName = null);
