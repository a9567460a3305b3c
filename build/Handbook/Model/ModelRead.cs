// One thing a page read from the model: a kind of projection and which record it is of.
namespace Handbook.Model;

/// <param name="Id">The record's page path (areas, questions), source id, reading-order place, or "" for the site-wide reads.</param>
public readonly record struct ModelRead(ReadKind Kind, string Id = "")
{
    public override string ToString() => Id.Length == 0 ? Kind.ToString() : $"{Kind} {Id}";
}
