// One area of the handbook (area.yml) with its questions in reading order.
namespace Handbook.Model;

public sealed record Area
{
    public required string Slug { get; init; }
    public required string SourceFile { get; init; }

    /// <summary>The file's path inside the content folder, for "edit this page" links.</summary>
    public string ContentPath { get; init; } = "";
    public string Title { get; init; } = "";
    public int? Order { get; init; }
    public string Summary { get; init; } = "";
    public string? Shape { get; init; }
    public Diagnostics.SourceLocation? ShapeLocation { get; init; }
    public string? Intro { get; init; }
    public Framework? Framework { get; init; }
    public IReadOnlyList<string> ListeningFor { get; init; } = [];
    public IReadOnlyList<EvidenceRef> Evidence { get; init; } = [];
    public MoreQuestions? MoreQuestions { get; init; }
    public string? Closing { get; init; }
    public IReadOnlyList<Question> Questions { get; init; } = [];
    public Diagnostics.SourceLocation? OrderLocation { get; init; }

    /// <summary>The content hash of area.yml (its questions have their own), set by the loader: a rebuild reuses work done for a record whose
    /// fingerprint is the last good build's, whichever object holds it. <see cref="Fingerprint.Absent"/> for a record made by hand.</summary>
    public Fingerprint Fingerprint { get; init; }

    /// <summary>Everything but the question list is equal: what area.yml says, and the spine as drawn.</summary>
    public bool SameApartFromQuestions(Area other) => this with { Questions = other.Questions } == other;
}
