// partial_cached: a partial that shows only its value is written once per value the pages share, with its reads given to every page.
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Templates;
using Scriban.Runtime;

namespace Handbook.Tests;

public class CachedPartialsTests
{
    /// <summary>A set of one page template and one partial (the pages the build requires are not needed here).</summary>
    private static TemplateSet Set(string template, string partial) => new(
    [
        new InputFile("t.sbn-html", "t.sbn-html", System.Text.Encoding.UTF8.GetBytes(template)),
        new InputFile("partials/p.sbn-html", "p", System.Text.Encoding.UTF8.GetBytes(partial)),
    ], new DiagnosticBag(), "templates");

    /// <summary>Renders as a page does: the shared objects it reads record into the page's reads.</summary>
    private static (string? Html, IReadOnlyCollection<ModelRead> Reads) RenderPage(TemplateSet set, ScriptObject model, DiagnosticBag diagnostics)
    {
        var reads = new PageReads();
        PageReads.Current = reads;
        try
        {
            return (set.Render("t", model, diagnostics), reads.Reads);
        }
        finally
        {
            PageReads.Current = null;
        }
    }

    [Fact]
    public void A_shared_value_is_written_once_for_every_page_where_partial_writes_it_afresh()
    {
        var diagnostics = new DiagnosticBag();
        var set = Set("<ul>{{ partial_cached \"p\" area }}{{ partial \"p\" area }}</ul>",
            "<li>{{ it.title | string.upcase }}{{ for q in it.list }} {{ q }}{{ end }} {{ sections.more }}</li>");
        var area = ReadObject.Shared(Reads.Navigation);
        area["title"] = "one";
        area["list"] = new ScriptArray { "a", "b" };
        var sections = new ScriptObject { ["more"] = "More" };

        var (first, _) = RenderPage(set, new ScriptObject { ["area"] = area, ["sections"] = sections }, diagnostics);
        area.IsReadOnly = false; // frozen by the first render
        area["title"] = "two"; // as if another build's: this build's cached output stays, `partial` renders afresh
        var (second, _) = RenderPage(set, new ScriptObject { ["area"] = area, ["sections"] = sections }, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("<ul><li>ONE a b More</li><li>ONE a b More</li></ul>", first);
        Assert.Equal("<ul><li>ONE a b More</li><li>TWO a b More</li></ul>", second);
    }

    [Fact]
    public void Each_page_that_reuses_the_output_gets_the_reads_of_the_render_it_reuses()
    {
        var diagnostics = new DiagnosticBag();
        var set = Set("{{ partial_cached \"p\" area }}", "<b>{{ it.title }}</b>");
        var area = ReadObject.Shared(Reads.Navigation);
        area["title"] = "one";

        var pages = Enumerable.Range(0, 3).Select(_ => RenderPage(set, new ScriptObject { ["area"] = area }, diagnostics)).ToList();

        Assert.All(pages, p => Assert.Equal(("<b>one</b>", true), (p.Html, p.Reads.Contains(Reads.Navigation))));
    }

    [Fact]
    public void A_value_of_one_page_is_rendered_each_time_as_partial_renders_it()
    {
        var diagnostics = new DiagnosticBag();
        var set = Set("{{ partial_cached \"p\" area }}", "<b>{{ it.title }}</b>");
        var area = new ReadObject(new PageReads()) { ["title"] = "one" };

        var (first, _) = RenderPage(set, new ScriptObject { ["area"] = area }, diagnostics);
        area.IsReadOnly = false;
        area["title"] = "two";
        var (second, _) = RenderPage(set, new ScriptObject { ["area"] = area }, diagnostics);

        Assert.Equal(("<b>one</b>", "<b>two</b>"), (first, second));
    }

    [Theory]
    [InlineData("<b>{{ page.title }}</b>", "it reads 'page' (line 1, column 7)")]
    [InlineData("{{ x = it.title }}<b>{{ x }}</b>", "it sets or imports values (line 1, column 4)")]
    [InlineData("{{ partial \"other\" it }}", "it reads 'partial' (line 1, column 4)")]
    [InlineData("{{ for q in it.list }}{{ q }}{{ end }}{{ q }}", "it reads 'q' (line 1, column 42)")]
    [InlineData("{{ for q in q }}{{ q }}{{ end }}", "it reads 'q' (line 1, column 13)")]
    public void A_partial_that_shows_more_than_its_value_is_refused_where_it_is_called(string partial, string why)
    {
        var diagnostics = new DiagnosticBag();
        var set = Set("<p>\n{{ partial_cached \"p\" area }}</p>", partial);
        var area = ReadObject.Shared(Reads.Navigation);
        area["title"] = "one";

        var (html, _) = RenderPage(set, new ScriptObject { ["area"] = area, ["page"] = new ScriptObject { ["title"] = "t" } }, diagnostics);

        Assert.Null(html);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((Codes.TemplateError, 2, 4), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains($"'partials/p' on every page: {why}", error.Message, StringComparison.Ordinal);
    }
}
