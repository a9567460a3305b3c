// A drawn diagram (a question's flow or an area's spine): the finished inline SVG markup, ready for a template to place.
namespace Handbook.Model;

/// <param name="Id">The stem of every id in the markup ("flow-" and a content hash): two diagrams that say the same thing share it.</param>
public sealed record Diagram(string Markup, string Id)
{
    /// <summary>The markup with every id prefixed, for a page that holds several diagrams which may say the same thing.</summary>
    /// <remarks>A plain replace is safe: the hash in the stem appears nowhere in the markup but in its ids and their references.</remarks>
    public string MarkupWithIdPrefix(string prefix) => prefix.Length == 0 ? Markup : Markup.Replace(Id, prefix + Id, StringComparison.Ordinal);
}
