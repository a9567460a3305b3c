// One step of an area's spine: a short title (the box label), an optional tagline and detail.
namespace Handbook.Model;

public sealed record FrameworkStep(string Title, string? Tagline, string? Detail, Diagnostics.SourceLocation Location);
