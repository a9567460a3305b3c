// A pointer from an area or question to an evidence source, with what to pull from it.
namespace Handbook.Model;

public sealed record EvidenceRef(string SourceId, string Pull, string? Label, Diagnostics.SourceLocation Location);
