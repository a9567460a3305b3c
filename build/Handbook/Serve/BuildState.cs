// What the browser is told about the latest build: the version of the good build being served and, if the latest build failed, its errors.
namespace Handbook.Serve;

public sealed record BuildState(int Version, bool Succeeded, IReadOnlyList<string> Errors)
{
    public static BuildState From(RebuildResult result) =>
        new(result.Version, result.Succeeded, [.. result.Errors.Select(e => e.ToString())]);
}
