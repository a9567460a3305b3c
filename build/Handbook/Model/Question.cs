// One interview question: one page with its flow, how to answer, what is listened for and where the evidence is.
namespace Handbook.Model;

public sealed record Question
{
    public required string Slug { get; init; }
    public required string SourceFile { get; init; }

    /// <summary>The file's path inside the content folder, for "edit this page" links.</summary>
    public string ContentPath { get; init; } = "";
    public string Text { get; init; } = "";

    /// <summary>A few words naming the question where the whole of it does not fit: sidebar, breadcrumbs, previous/next.</summary>
    public string? ShortTitle { get; init; }
    public int? Order { get; init; }
    public string? Kind { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<FlowStep> Flow { get; init; } = [];

    /// <summary>The flow drawn as SVG by DrawDiagramsStage; null before that stage.</summary>
    public Diagram? Diagram { get; init; }
    public IReadOnlyList<string> HowToAnswer { get; init; } = [];
    public IReadOnlyList<string> ListeningFor { get; init; } = [];
    public IReadOnlyList<EvidenceRef> Evidence { get; init; } = [];
    public Diagnostics.SourceLocation? OrderLocation { get; init; }

    /// <summary>The content hash of the file it was read from, set by the loader: a rebuild reuses work done for a record whose
    /// fingerprint is the last good build's, whichever object holds it. <see cref="Fingerprint.Absent"/> for a record made by hand.</summary>
    public Fingerprint Fingerprint { get; init; }
}
