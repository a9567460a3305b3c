// An answer shape such as CARL: the phases a story walks through and guidance on how to spend words.
namespace Handbook.Model;

public sealed record AnswerShape(string Id, string Name, string Summary, IReadOnlyList<ShapePhase> Phases)
{
    public ShapePhase? Phase(string id) => Phases.FirstOrDefault(p => p.Id == id);
}
