// An answer shape such as CARL: the phases a story walks through and guidance on how to spend words.
namespace Handbook.Model;

public sealed record AnswerShape(string Id, string Name, string Summary, IReadOnlyList<ShapePhase> Phases)
{
    public ShapePhase? Phase(string id) => Phases.FirstOrDefault(p => p.Id == id);

    /// <summary>Phases are coloured by position, not id, so any shape is coloured; theme.css defines this many colours.</summary>
    public const int Colours = 6;

    public static int ColourOf(int position) => position % Colours + 1;

    /// <summary>The phase's colour (1..Colours), or null for an id the shape does not have.</summary>
    public int? ColourOf(string id)
    {
        for (var i = 0; i < Phases.Count; i++)
            if (Phases[i].Id == id) return ColourOf(i);
        return null;
    }
}
