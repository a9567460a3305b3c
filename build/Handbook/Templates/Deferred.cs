// A member of a template object made only when a template reads it, such as a neighbour's whole question.
namespace Handbook.Templates;

/// <remarks>Most pages never read these, so making them up front would cost every page the Markdown of its neighbours, and record
/// reads the page does not depend on.</remarks>
/// <param name="transient">Kept only while the template reads the object that holds it: once the page's template makes a transient
/// member of another object, this one is made again if read again. For pages of many questions (the print page of an area of
/// thousands), which would otherwise hold every question's Markdown and diagram at once.</param>
public sealed class Deferred(Func<object?> make, bool transient = false)
{
    public bool Transient => transient;

    public object? Make() => make();
}
