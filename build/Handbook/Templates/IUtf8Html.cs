// HTML a template writes as bytes it already has in UTF-8 (a page's body, a diagram): copied into the page, never made a string.
namespace Handbook.Templates;

internal interface IUtf8Html
{
    /// <summary>Appends the bytes to the page being written.</summary>
    void WriteTo(Utf8PageWriter page);

    /// <summary>The text, only for a template that uses the value as a string (`content | string.size`) or writes it anywhere but a page.</summary>
    string ToString();
}
