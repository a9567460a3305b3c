// A member of a template object made only when a template reads it, such as a neighbour's whole question.
namespace Handbook.Templates;

/// <remarks>Most pages never read these, so making them up front would cost every page the Markdown of its neighbours, and record
/// reads the page does not depend on.</remarks>
public sealed class Deferred(Func<object?> make)
{
    public object? Make() => make();
}
