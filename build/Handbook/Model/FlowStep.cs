// One step of a question's flow: the box label and, for a story, the phase of the area's shape it belongs to.
namespace Handbook.Model;

public sealed record FlowStep(string Label, string? Phase, Diagnostics.SourceLocation Location);
