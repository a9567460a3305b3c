// How one kind of diagram text is set: its role (also its CSS class), size in px, weight and how many lines it may take.
namespace Handbook.Diagrams;

public sealed record TextStyle(string Role, double Size, int Weight, int MaxLines)
{
    // Nothing below 14 px: the SVG is never shown smaller than its natural size, so these are the rendered sizes.
    public static readonly TextStyle Tag = new("tag", 14, 700, 1);
    public static readonly TextStyle Label = new("label", 16, 700, 3);
    public static readonly TextStyle Title = new("title", 16, 700, 3);
    public static readonly TextStyle Tagline = new("tagline", 15, 400, 3);
    public static readonly TextStyle Number = new("number", 14, 700, 1);
}
