// RenderPagesStage in memory: a hand-made Site and hand-written templates, no disk; what it writes, where, and what it reports.
using System.Text;
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Templates;

namespace Handbook.Tests;

public class RenderPagesStageTests
{
    private static readonly SourceLocation Nowhere = new("content/areas/alpha/area.yml", 1, 1);

    // One template per page kind, each saying only what the stage gave it, so the test reads the stage, not the site's wording.
    private static readonly Dictionary<string, string> Templates = new()
    {
        ["layout"] = "<title>{{ page.title }}</title><meta name=\"description\" content=\"{{ page.description }}\"><base data-root=\"{{ site.root }}\">{{ content }}",
        ["home"] = "{{ for a in areas }}<a href=\"{{ a.url }}\">{{ a.title }}: {{ a.question_count }}</a>{{ end }}",
        ["area"] = "<h1>{{ area.title }}</h1>{{ for q in area.questions }}<a href=\"{{ q.url }}\">{{ q.title }}</a>{{ end }}",
        ["print"] = "<h1>{{ area.title }}</h1><link href=\"{{ print_stylesheet }}\">",
        ["sheet"] = "sheet",
        ["question"] = "<h1>{{ question.text }}</h1>{{ for e in question.evidence }}<a href=\"{{ e.url }}\">{{ e.name }}</a>{{ end }}",
        ["drill"] = "{{ for p in drill }}<p>{{ p }}</p>{{ end }}",
        ["sources"] = "{{ for s in sources }}<a href=\"{{ s.url }}\">{{ s.name }} ({{ s.count }})</a>{{ end }}",
        ["source"] = "<h1>{{ source.name }}</h1>{{ for c in citations }}<a href=\"{{ c.url }}\">{{ c.pull }}</a>{{ end }}",
        ["404"] = "{{ for a in areas }}<a href=\"{{ a.url }}\">{{ a.title }}</a>{{ end }}",
    };

    private static Site HandMade(Dictionary<string, string>? templates = null)
    {
        var question = new Question
        {
            Slug = "first", SourceFile = "content/areas/alpha/questions/01-first.yml", Text = "How do you do the *first* thing?",
            Summary = "The first.", HowToAnswer = ["Say it."], Evidence = [new EvidenceRef("dash", "the graph", null, Nowhere)],
        };
        return new Site
        {
            Inputs = new SiteInputs
            {
                Templates = [.. (templates ?? Templates).Select(t =>
                    new InputFile(t.Key + TemplateSet.Extension, $"templates/{t.Key}{TemplateSet.Extension}", Encoding.UTF8.GetBytes(t.Value)))],
            },
            Settings = new HandbookSettings { Title = "Hand-made", Tagline = "Made by hand.", Probes = ["Why <that>?"] },
            Sources = [new EvidenceSource("dash", "Dashboards", "Graphs.", Nowhere), new EvidenceSource("unused", "Unused", null, Nowhere)],
            Areas =
            [
                new Area
                {
                    Slug = "alpha", SourceFile = "content/areas/alpha/area.yml", Title = "Alpha & <Beta>", Order = 10, Summary = "About alpha.",
                    Evidence = [new EvidenceRef("dash", "the area's graph", null, Nowhere)], Questions = [question],
                },
            ],
        };
    }

    private static (Site Site, BuildContext Context) Render(Site site, BuildOptions? options = null)
    {
        var context = new BuildContext(options ?? new BuildOptions());
        return (new RenderPagesStage().Run(site, context), context);
    }

    private static string Text(Site site, string path) =>
        Encoding.UTF8.GetString(Assert.Single(site.Outputs, o => o.Path == path).Bytes);

    [Fact]
    public void Every_page_of_the_model_is_written_at_its_path_through_its_template_and_the_layout()
    {
        var (site, context) = Render(HandMade());
        Assert.Empty(context.Diagnostics.Items);
        Assert.Equal(
            ["404.html", "alpha/first/index.html", "alpha/index.html", "alpha/print/index.html", "alpha/print/print.css", "alpha/sheet/index.html",
             "alpha/study-questions.js",
             "drill/index.html", "index.html", "sources/dash/index.html", "sources/index.html", "sources/unused/index.html"],
            site.Outputs.Select(o => o.Path).Order(StringComparer.Ordinal));

        Assert.Equal("<title>Hand-made</title><meta name=\"description\" content=\"Made by hand.\"><base data-root=\"./\">" +
                     "<a href=\"./alpha/\">Alpha &amp; &lt;Beta&gt;: 1</a>", Text(site, "index.html"));
        Assert.Contains("<title>Alpha &amp; &lt;Beta&gt;</title>", Text(site, "alpha/index.html"));
        Assert.Contains("<a href=\"../alpha/first/\">How do you do the first thing?</a>", Text(site, "alpha/index.html"));
        Assert.Contains("<link href=\"print.css\">", Text(site, "alpha/print/index.html"));

        // A question page: its title is the question as plain text, its heading keeps the Markdown, its links climb two folders.
        var question = Text(site, "alpha/first/index.html");
        Assert.StartsWith("<title>How do you do the first thing?</title><meta name=\"description\" content=\"The first.\"><base data-root=\"../../\">", question);
        Assert.Contains("<h1>How do you do the <em>first</em> thing?</h1>", question);
        Assert.Contains("<a href=\"../../sources/dash/\">Dashboards</a>", question);
        Assert.Equal("content/areas/alpha/questions/01-first.yml", Assert.Single(site.Outputs, o => o.Path == "alpha/first/index.html").SourceFile);

        // Sources count and list every citation, the area's and its questions'; a source nobody cites still gets its page.
        Assert.Contains("<a href=\"../sources/dash/\">Dashboards (2)</a><a href=\"../sources/unused/\">Unused (0)</a>", Text(site, "sources/index.html"));
        Assert.Contains("<a href=\"../../alpha/\">the area's graph</a><a href=\"../../alpha/first/\">the graph</a>", Text(site, "sources/dash/index.html"));
        Assert.Contains("<p>Why &lt;that&gt;?</p>", Text(site, "drill/index.html"));
    }

    [Fact]
    public void Under_a_base_path_the_404_page_links_from_the_site_root_and_the_others_stay_relative()
    {
        var (site, context) = Render(HandMade(), new BuildOptions { BasePath = "/REPO/" });
        Assert.Empty(context.Diagnostics.Items);
        var notFound = Text(site, "404.html");
        Assert.Contains("data-root=\"/REPO/\"", notFound);
        Assert.Contains("<a href=\"/REPO/alpha/\">", notFound);
        Assert.Contains("data-root=\"../\"", Text(site, "alpha/index.html"));
    }

    [Fact]
    public void A_template_that_fails_while_rendering_is_a_located_error_and_its_pages_are_not_written()
    {
        var templates = new Dictionary<string, string>(Templates) { ["question"] = "<h1>{{ question.text }}</h1>\n{{ no_such_value }}" };
        var (site, context) = Render(HandMade(templates));
        var error = Assert.Single(context.Diagnostics.Items);
        Assert.Equal(Codes.TemplateError, error.Code);
        Assert.Equal(("templates/question.sbn-html", 2, 4), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.DoesNotContain(site.Outputs, o => o.Path == "alpha/first/index.html");
        Assert.Contains(site.Outputs, o => o.Path == "alpha/index.html");
    }

    [Fact]
    public void A_layout_that_fails_on_every_page_is_one_error_that_says_on_how_many_other_pages()
    {
        var (good, _) = Render(HandMade());
        var pages = good.Outputs.Count(o => o.Path.EndsWith(".html", StringComparison.Ordinal));
        var templates = new Dictionary<string, string>(Templates) { ["layout"] = "<main>\n{{ page.no_such_member }}</main>" };

        var (site, context) = Render(HandMade(templates));

        var error = Assert.Single(context.Diagnostics.Items);
        Assert.Equal((Codes.TemplateError, "templates/layout.sbn-html", 2), (error.Code, error.Location.File, error.Location.Line));
        Assert.EndsWith($"; also on {pages - 1} other pages", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Outputs, o => o.Path.EndsWith(".html", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_required_template_is_reported_by_name_and_nothing_is_rendered()
    {
        var templates = new Dictionary<string, string>(Templates);
        templates.Remove("source");
        var input = HandMade(templates);
        var (site, context) = Render(input);
        var error = Assert.Single(context.Diagnostics.Items);
        Assert.Equal(Codes.MissingTemplate, error.Code);
        Assert.EndsWith("/source.sbn-html", error.Location.File);
        Assert.Same(input, site);
    }
}
