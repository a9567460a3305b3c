// An area's spine: the ordered steps every answer in the area walks, drawn as a diagram.
namespace Handbook.Model;

public sealed record Framework
{
    public string? Heading { get; init; }
    public string? Intro { get; init; }
    public string Name { get; init; } = "";
    public string? Summary { get; init; }
    public IReadOnlyList<FrameworkStep> Steps { get; init; } = [];

    /// <summary>The spine drawn as SVG by DrawDiagramsStage; null before that stage.</summary>
    public Diagram? Diagram { get; init; }
}
