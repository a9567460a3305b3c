// Everything the build reads from disk, read once up front so every later stage is pure and testable without disk.
namespace Handbook.Model;

public sealed record SiteInputs
{
    public IReadOnlyList<InputFile> Content { get; init; } = [];
    public IReadOnlyList<InputFile> Templates { get; init; } = [];
    public IReadOnlyList<InputFile> Assets { get; init; } = [];

    /// <summary>Content files that are there but were not read (a FIFO, a bad link, too large, unreadable), each already reported,
    /// so the loader does not report them missing as well.</summary>
    public IReadOnlySet<string> RefusedContent { get; init; } = new HashSet<string>();

    /// <summary>The content folder's path inside its git repository ("content/"), for "edit this page" links.</summary>
    public string ContentRepoPath { get; init; } = "content/";

    /// <summary>When reading started: a file modified close to this may have changed again within the clock's resolution.</summary>
    public DateTime ReadAt { get; init; }
}
