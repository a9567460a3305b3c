// Which diagram is drawn: a question's flow (label + phase tag) or an area's spine (title + tagline).
namespace Handbook.Diagrams;

public enum DiagramKind
{
    Flow,
    Spine,
}
