// serve's input to a rebuild: the last good build it updates and what the file watcher saw change since, kept off the Site model.
using Handbook.Model;

namespace Handbook.Core;

/// <param name="LastGood">The build whose work the stages reuse where their inputs did not change.</param>
/// <param name="ChangedPaths">Full paths of the input files and folders the watcher saw change since LastGood; null to compare
/// every file.</param>
public sealed record Rebuild(Site LastGood, IReadOnlyCollection<string>? ChangedPaths = null);
