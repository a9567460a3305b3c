// The site's own templates loop over the model's lists however long they are: Scriban's loop limit is never what stops a page.
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Templates;
using Scriban.Runtime;

namespace Handbook.Tests;

public class TemplateLoopTests
{
    [Fact]
    public void A_loop_over_more_items_than_any_loop_limit_renders_every_item()
    {
        // Longer than the 100,000 the templates were once limited to: an area's print page loops over all its questions.
        const int count = 150_000;
        var template = "{{ for q in questions }}.{{ end }}";
        var files = new List<InputFile> { new("t.sbn-html", "t.sbn-html", System.Text.Encoding.UTF8.GetBytes(template)) };
        var diagnostics = new DiagnosticBag();
        var set = new TemplateSet(files, diagnostics, "templates");

        var html = set.Render("t", new ScriptObject { ["questions"] = new ScriptArray(Enumerable.Range(0, count)) }, diagnostics);

        Assert.DoesNotContain(diagnostics.Items, d => d.Code == Codes.TemplateError);
        Assert.Equal(count, html?.Length);
    }
}
