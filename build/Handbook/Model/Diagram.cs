// A drawn diagram (a question's flow or an area's spine): the finished inline SVG markup as UTF-8, ready for a page to place.
using System.Text;

namespace Handbook.Model;

/// <param name="Utf8">The markup's bytes: a page is written in UTF-8, so the diagram (most of a question page) is copied into it
/// as it is, and held at half the size of a string.</param>
/// <param name="Id">The stem of every id in the markup ("flow-" and a content hash): two diagrams that say the same thing share it.</param>
public sealed record Diagram(byte[] Utf8, string Id)
{
    /// <summary>Two diagrams are equal when they hold the same bytes, as when the markup was a string.</summary>
    public bool Equals(Diagram? other) => other is not null && Id == other.Id && Utf8.AsSpan().SequenceEqual(other.Utf8);

    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);

    /// <summary>The markup as text.</summary>
    public string Markup => Encoding.UTF8.GetString(Utf8);

    /// <summary>The markup with every id prefixed, for a page that holds several diagrams which may say the same thing.</summary>
    public string MarkupWithIdPrefix(string prefix) => Encoding.UTF8.GetString([.. SegmentsWithIdPrefix(prefix).SelectMany(s => s.ToArray())]);

    /// <summary>The markup's bytes in order, with <paramref name="prefix"/> before each occurrence of the id stem: a page writes them
    /// one after the other and the prefixed markup is never made.</summary>
    /// <remarks>A plain replace is safe: the hash in the stem appears nowhere in the markup but in its ids and their references.</remarks>
    public IEnumerable<ReadOnlyMemory<byte>> SegmentsWithIdPrefix(string prefix)
    {
        if (prefix.Length == 0)
        {
            yield return Utf8;
            yield break;
        }

        var id = Encoding.UTF8.GetBytes(Id);
        var before = Encoding.UTF8.GetBytes(prefix);
        var rest = Utf8.AsMemory();
        for (var at = rest.Span.IndexOf(id); at >= 0; at = rest.Span.IndexOf(id))
        {
            yield return rest[..at];
            yield return before;
            yield return rest.Slice(at, id.Length);
            rest = rest[(at + id.Length)..];
        }

        yield return rest;
    }
}
