// What one build of a serve session did: whether it succeeded, its diagnostics, what it wrote and how long it took.
using Handbook.Core;
using Handbook.Diagnostics;

namespace Handbook.Serve;

/// <param name="Version">The number of the good build now in the output folder; a failed build leaves it as it was.</param>
/// <param name="Full">True when every page was rendered and the folder swapped whole; false for an in-place update.</param>
/// <param name="Timings">Where the build spent its time, stage by stage.</param>
/// <param name="ChangedInputs">The input files (as diagnostics show them) that differed from the last good build.</param>
public sealed record RebuildResult(
    bool Succeeded,
    int Version,
    IReadOnlyList<Diagnostic> Diagnostics,
    int FilesWritten,
    int Pages,
    bool Full,
    IReadOnlyList<string> ChangedInputs,
    long Milliseconds,
    IReadOnlyList<StageTiming> Timings)
{
    /// <summary>The pages rendered again, by file path; the others kept their last good output.</summary>
    public IReadOnlyList<string> PagesRendered { get; init; } = [];

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);
}
