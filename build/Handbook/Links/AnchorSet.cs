// A page's anchors (ids and a[name]) with the line of each one's first appearance, read as a set without copying them into one.
using System.Collections;

namespace Handbook.Links;

public sealed class AnchorSet : IReadOnlySet<string>
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    /// <summary>False, keeping the first line, when the page already has the anchor.</summary>
    public bool TryAdd(string anchor, int line) => _lines.TryAdd(anchor, line);

    public int LineOf(string anchor) => _lines[anchor];

    public int Count => _lines.Count;

    public bool Contains(string item) => _lines.ContainsKey(item);

    public IEnumerator<string> GetEnumerator() => _lines.Keys.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Set comparisons are never asked of a page's anchors on the check's path; they are answered through a copy.
    public bool IsProperSubsetOf(IEnumerable<string> other) => Copy().IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => Copy().IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => Copy().IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => Copy().IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => Copy().Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => Copy().SetEquals(other);

    private HashSet<string> Copy() => new(_lines.Keys, StringComparer.Ordinal);
}
