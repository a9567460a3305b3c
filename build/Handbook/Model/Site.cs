// The site model passed from stage to stage: inputs, the validated content and the files to write.
namespace Handbook.Model;

public sealed record Site
{
    public SiteInputs Inputs { get; init; } = new();
    public HandbookSettings Settings { get; init; } = new();
    public IReadOnlyList<EvidenceSource> Sources { get; init; } = [];
    public IReadOnlyList<Area> Areas { get; init; } = [];
    public IReadOnlyList<OutputFile> Outputs { get; init; } = [];

    /// <summary>The words and section ids the pages, diagrams and search index are written with; null before LoadWordingStage.</summary>
    public Wording? Wording { get; init; }

    public EvidenceSource? Source(string id) => Sources.FirstOrDefault(s => s.Id == id);
}
