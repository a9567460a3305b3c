// A page's body already rendered to UTF-8, as the layout's `content`: written into the page as bytes, never made a string.
namespace Handbook.Templates;

internal sealed class Utf8Html(Utf8PageWriter body) : IUtf8Html
{
    public void WriteTo(Utf8PageWriter page) => page.Append(body);

    /// <remarks>Only for a template that treats the body as text (`content | string.size`): writing it out never calls this.</remarks>
    public override string ToString() => body.ToString();
}
