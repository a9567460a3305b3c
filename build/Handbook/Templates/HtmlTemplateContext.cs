// The one escaping rule: every value a template writes is HTML-encoded unless it is Html. Literal template text is not touched.
using System.Net;
using Scriban;
using Scriban.Parsing;

namespace Handbook.Templates;

public sealed class HtmlTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is Html html) return Write(html.Value);
        var text = ObjectToString(textAsObject);
        return string.IsNullOrEmpty(text) ? this : Write(WebUtility.HtmlEncode(text));
    }
}
