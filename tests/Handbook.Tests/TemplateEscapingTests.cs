// The one escaping rule of templates: every written value is HTML-encoded exactly once unless it is Html.
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Templates;
using Scriban.Runtime;

namespace Handbook.Tests;

public class TemplateEscapingTests
{
    private static string Render(string template, ScriptObject model, params (string Name, string Text)[] partials)
    {
        var files = new List<InputFile> { new("t.sbn-html", "t.sbn-html", System.Text.Encoding.UTF8.GetBytes(template)) };
        files.AddRange(partials.Select(p => new InputFile($"partials/{p.Name}.sbn-html", p.Name, System.Text.Encoding.UTF8.GetBytes(p.Text))));
        var diagnostics = new DiagnosticBag();
        var set = new TemplateSet(files, diagnostics, "templates");
        var html = set.Render("t", model, diagnostics);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == Codes.TemplateError);
        return html!;
    }

    [Fact]
    public void Values_are_encoded_and_literal_markup_is_not()
    {
        var html = Render("<p title=\"{{ x }}\">{{ x }}</p>", new ScriptObject { ["x"] = "<b>\"Tom\" & 'Jerry'</b>" });
        Assert.Equal("<p title=\"&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;\">&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</p>", html);
    }

    [Fact]
    public void Html_values_are_written_as_they_are()
    {
        var html = Render("<div>{{ body }}</div>", new ScriptObject { ["body"] = new Html("<em>ok</em>") });
        Assert.Equal("<div><em>ok</em></div>", html);
    }

    [Fact]
    public void Html_escape_in_a_template_would_escape_twice_so_templates_must_not_use_it()
    {
        var html = Render("{{ x | html.escape }}", new ScriptObject { ["x"] = "<" });
        Assert.Equal("&amp;lt;", html);
    }

    [Fact]
    public void Partials_are_not_escaped_twice_and_escape_their_own_values()
    {
        var html = Render("<ul>{{ partial \"item\" x }}</ul>", new ScriptObject { ["x"] = "<i>" }, ("item", "<li>{{ it }}</li>"));
        Assert.Equal("<ul><li>&lt;i&gt;</li></ul>", html);
    }

    [Fact]
    public void A_partial_writes_only_its_own_output_so_a_long_page_with_many_partials_is_written_whole()
    {
        // Over a mebibyte, Scriban's default output limit, once; a partial that wrote its caller's output again went far past it.
        var half = new Html(new string('x', 600_000));
        var html = Render("{{ a }}{{ for n in [1, 2] }}{{ partial \"item\" n }}{{ end }}{{ b }}.", new ScriptObject { ["a"] = half, ["b"] = half },
            ("item", "<b>{{ it }}</b>"));
        Assert.Equal(half.Value + "<b>1</b><b>2</b>" + half.Value + ".", html);
    }

    [Fact]
    public void A_partial_written_where_it_stands_and_one_used_as_a_value_give_the_same_text()
    {
        // In place, in a loop, nested, and as a value assigned then written or piped: each is escaped once and lands where it is called.
        var html = Render("[{{ partial \"outer\" x }}]({{ y = partial \"outer\" x }}{{ y }})<{{ partial \"outer\" x | string.size }}>",
            new ScriptObject { ["x"] = "<i>" }, ("outer", "{{ for n in [1, 2] }}{{ partial \"inner\" it }}{{ end }}"), ("inner", "<b>{{ it }}</b>"));
        Assert.Equal("[<b>&lt;i&gt;</b><b>&lt;i&gt;</b>](<b>&lt;i&gt;</b><b>&lt;i&gt;</b>)<32>", html);
    }

    [Fact]
    public void A_runtime_error_in_a_partial_written_in_place_is_located_in_the_partial()
    {
        var files = new List<InputFile>
        {
            new("t.sbn-html", "templates/t.sbn-html", "before\n{{ partial \"p\" 1 }}"u8.ToArray()),
            new("partials/p.sbn-html", "templates/partials/p.sbn-html", "ok\n  {{ no_such_name }}"u8.ToArray()),
        };
        var diagnostics = new DiagnosticBag();
        Assert.Null(new TemplateSet(files, diagnostics, "templates").Render("t", new ScriptObject(), diagnostics));
        var error = Assert.Single(diagnostics.Items, d => d.Code == Codes.TemplateError);
        Assert.Equal(("templates/partials/p.sbn-html", 2, 6), (error.Location.File, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void The_repository_templates_never_call_html_escape()
    {
        foreach (var file in Directory.EnumerateFiles(Support.RepoPaths.Templates, "*.sbn-html", SearchOption.AllDirectories))
            Assert.DoesNotContain("html.escape", File.ReadAllText(file));
    }

    [Fact]
    public void A_template_syntax_error_is_located()
    {
        var files = new List<InputFile> { new("home.sbn-html", "templates/home.sbn-html", "line one\n{{ if }}"u8.ToArray()) };
        var diagnostics = new DiagnosticBag();
        _ = new TemplateSet(files, diagnostics, "templates");
        Assert.Contains(diagnostics.Items, d => d.Code == Codes.TemplateError && d.Location.File == "templates/home.sbn-html" && d.Location.Line == 2);
        Assert.Contains(diagnostics.Items, d => d.Code == Codes.MissingTemplate && d.Location.File == "templates/layout.sbn-html");
    }
}
