// Paths, options and the diagnostics sink shared by the stages of one build; no logic beyond path display.
using Handbook.Diagnostics;

namespace Handbook.Core;

public sealed class BuildContext(BuildOptions options, string? workingDirectory = null)
{
    public BuildOptions Options { get; } = options;
    public DiagnosticBag Diagnostics { get; } = new() { WarningsAsErrors = options.Strict };

    /// <summary>Stops the build between stages, and long stages between their steps (serve stops a stale index update with it).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>serve's rebuild: the last good build and the paths changed since; null for a full build.</summary>
    public Rebuild? Rebuild { get; init; }

    /// <summary>Keep with each page what it read and how it hashed (serve's builds, whose next rebuild compares them); a one-off
    /// build has no next rebuild, so it skips hashing every read.</summary>
    public bool KeepsPageReads { get; init; }

    /// <summary>How many files an in-place update wrote or deleted (set by UpdateOutputStage).</summary>
    public int FilesUpdated { get; set; }

    /// <summary>The pages this build rendered, by file path, in site order (set by RenderPagesStage): on a rebuild, those whose
    /// recorded reads changed; every other page kept its output from the last good build.</summary>
    public IReadOnlyList<string> PagesRendered { get; set; } = [];

    /// <summary>Each stage that ran, in order, with its wall-clock time (filled by Pipeline.Run).</summary>
    public List<StageTiming> Timings { get; } = [];

    /// <summary>The running stage and its pages done of total, for `build`'s live display on a terminal.</summary>
    public BuildProgress Progress { get; } = new();
    public string WorkingDirectory { get; } = Path.GetFullPath(workingDirectory ?? Directory.GetCurrentDirectory());

    /// <summary>Set by OpenStagingStage in a one-off build: pages are written as they are rendered and dropped from memory. Null in
    /// serve, whose next rebuild reuses the pages it keeps in memory, and in tests of single stages.</summary>
    public IOutputStore? Store { get; set; }

    /// <summary>The folders this run created beside the output (staging, the previous output moved aside): the only ones it deletes.</summary>
    public RunFolders Folders { get; } = new();

    public string OutputDir => FullPath(Options.OutputDir).TrimEnd(Path.DirectorySeparatorChar);

    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A path as diagnostics show it: relative to the working directory when inside it, always with '/'.</summary>
    public string DisplayPath(string path)
    {
        var full = FullPath(path);
        var relative = Path.GetRelativePath(WorkingDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
