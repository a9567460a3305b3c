// A place a candidate pulls hard numbers from (evidence.yml); each gets its own page.
namespace Handbook.Model;

public sealed record EvidenceSource(string Id, string Name, string? Summary, Diagnostics.SourceLocation Location)
{
    /// <summary>A content hash of the source's values and where evidence.yml holds them, set by the loader.</summary>
    public Fingerprint Fingerprint { get; init; }
}
