// Everything the build reads from disk, read once up front so every later stage is pure and testable without disk.
namespace Handbook.Model;

public sealed record SiteInputs
{
    public IReadOnlyList<InputFile> Content { get; init; } = [];
    public IReadOnlyList<InputFile> Templates { get; init; } = [];
    public IReadOnlyList<InputFile> Assets { get; init; } = [];

    /// <summary>The content folder's path inside its git repository ("content/"), for "edit this page" links.</summary>
    public string ContentRepoPath { get; init; } = "content/";

    /// <summary>When reading started: a file modified close to this may have changed again within the clock's resolution.</summary>
    public DateTime ReadAt { get; init; }
}
