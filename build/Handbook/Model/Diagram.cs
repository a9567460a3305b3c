// A drawn diagram (a question's flow or an area's spine): the finished inline SVG markup, ready for a template to place.
namespace Handbook.Model;

public sealed record Diagram(string Markup);
