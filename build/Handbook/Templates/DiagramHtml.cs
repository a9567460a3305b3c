// A diagram as a template writes it: its UTF-8 copied into the page, its ids prefixed on the way, never made a string.
using Handbook.Model;

namespace Handbook.Templates;

/// <param name="ids">What goes before each id on a page of many questions (the print page); empty on the question's own page.</param>
internal sealed class DiagramHtml(Diagram diagram, string ids) : IUtf8Html
{
    public void WriteTo(Utf8PageWriter page)
    {
        foreach (var segment in diagram.SegmentsWithIdPrefix(ids)) page.Append(segment.Span);
    }

    public override string ToString() => diagram.MarkupWithIdPrefix(ids);
}
