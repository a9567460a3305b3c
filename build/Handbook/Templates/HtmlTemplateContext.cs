// The one escaping rule: every value a template writes is HTML-encoded unless it is Html (or HTML held as UTF-8). Literal template text is not touched.
using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Handbook.Templates;

/// <param name="builtins">Scriban's functions (string, array, ...): a context made without them deep-copies its own set, which
/// was a tenth of a page's render; one set serves every page, since templates only read it (assignments go to the page's globals).</param>
public sealed class HtmlTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
{

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is Html html) return Write(html.Value);
        if (textAsObject is IUtf8Html bytes)
        {
            if (Output is not Utf8PageOutput { Page: var page }) return Write(bytes.ToString());
            bytes.WriteTo(page);
            return this;
        }

        var text = ObjectToString(textAsObject);
        return string.IsNullOrEmpty(text) ? this : Write(WebUtility.HtmlEncode(text));
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        return target is ScriptObject && accessor is not null ? new StrictModelAccessor(accessor) : accessor;
    }
}
