// The pages a rebuild renders again (by page path); every other page keeps its output from the last good build.
namespace Handbook.Incremental;

public sealed class AffectedPages
{
    public static readonly AffectedPages All = new(null);

    private readonly IReadOnlySet<string>? _paths;

    public AffectedPages(IReadOnlySet<string>? paths) => _paths = paths;

    public bool IsAll => _paths is null;

    public bool Includes(string pagePath) => _paths is null || _paths.Contains(pagePath);

    public override string ToString() => _paths is null ? "all pages" : string.Join(", ", _paths.Order(StringComparer.Ordinal));
}
