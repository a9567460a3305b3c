// A place a candidate pulls hard numbers from (evidence.yml); each gets its own page.
namespace Handbook.Model;

public sealed record EvidenceSource(string Id, string Name, string? Summary, Diagnostics.SourceLocation Location);
