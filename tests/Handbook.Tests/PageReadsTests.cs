// What each page reads while it is built and rendered, and which pages a rebuild renders again because of it: in memory, no disk.
using Handbook.Build;
using Handbook.Content;
using Handbook.Core;
using Handbook.Diagrams;
using Handbook.Input;
using Handbook.Markdown;
using Handbook.Model;
using Handbook.Templates;
using Handbook.Tests.Support;
using Handbook.Words;
using Scriban.Runtime;

namespace Handbook.Tests;

public class PageReadsTests
{
    private const string First = "areas/alpha/questions/01-first.yml";

    private static readonly IReadOnlyList<InputFile> Fixture =
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "minimal"), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Path.Combine(RepoPaths.Fixtures, "minimal"), path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(relative => new InputFile(relative, "content/" + relative, File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "minimal", relative))))];

    private static readonly IReadOnlyList<IStage> Stages =
        [new LoadWordingStage(), new LoadContentStage(), new ValidateReferencesStage(), new DrawDiagramsStage(), new RenderPagesStage()];

    /// <summary>Renders the content with the built-in templates (or <paramref name="templates"/>), as an update of
    /// <paramref name="previous"/> when given; returns the site and the pages it rendered.</summary>
    private static (Site Site, IReadOnlyList<string> Rendered) Render(IReadOnlyList<InputFile> content, Site? previous = null,
        IReadOnlyList<InputFile>? templates = null, bool keepsReads = true)
    {
        // As serve builds: each page keeps what it read, for the next rebuild to compare.
        var context = new BuildContext(new BuildOptions()) { Rebuild = previous is null ? null : new Rebuild(previous), KeepsPageReads = keepsReads };
        var site = Pipeline.Run(Stages, context, new Site { Inputs = new SiteInputs { Content = content, Templates = templates ?? BuiltInFiles.Templates } });
        Assert.Empty(context.Diagnostics.Items);
        return (site, context.PagesRendered);
    }

    /// <summary>The fixture with one file's text edited: a new InputFile, as the reader makes for a changed file.</summary>
    private static IReadOnlyList<InputFile> Edited(IReadOnlyList<InputFile> files, string relative, string from, string to) =>
        [.. files.Select(f => f.RelativePath != relative ? f : f with
        {
            Bytes = System.Text.Encoding.UTF8.GetBytes(Text(f).Replace(from, to, StringComparison.Ordinal)),
        })];

    private static string Text(InputFile file) => System.Text.Encoding.UTF8.GetString(file.Bytes);

    private static IEnumerable<(string, string)> Files(Site site) => site.Outputs.Select(o => (o.Path, Convert.ToBase64String(o.Bytes)));

    private static bool IsPage(OutputFile file) => file.Reads is not null && file.Path.EndsWith(".html", StringComparison.Ordinal);

    private static IReadOnlyList<ModelRead> ReadsOf(Site site, string page) =>
        [.. site.Outputs.Single(o => o.Path == PageUrls.FileFor(page)).Reads!.Select(r => r.Read)];

    /// <summary>The pages whose bytes differ between two sites: what any correct rebuild must render again.</summary>
    private static List<string> Differing(Site before, Site after)
    {
        var old = before.Outputs.ToDictionary(o => o.Path, StringComparer.Ordinal);
        return [.. after.Outputs.Where(o => IsPage(o) && !o.SameBytes(old.GetValueOrDefault(o.Path))).Select(o => o.Path).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void A_full_build_renders_every_page_and_a_rebuild_with_nothing_changed_none()
    {
        var (full, rendered) = Render(Fixture);
        Assert.Equal(full.Outputs.Count(IsPage), rendered.Count);
        Assert.Contains("alpha/first/index.html", rendered);
        var again = Render(Fixture, full).Site;
        Assert.Empty(Render(Fixture, full).Rendered);
        // The files beside the pages (the print stylesheet, the area's study script) are kept the same way.
        Assert.Same(full.Outputs.Single(o => o.Path == "alpha/study-questions.js"), again.Outputs.Single(o => o.Path == "alpha/study-questions.js"));
    }

    [Fact]
    public void A_page_records_the_projections_its_templates_read_and_no_others()
    {
        var (site, _) = Render(Fixture);
        var question = ReadsOf(site, "alpha/first/");
        Assert.Contains(new ModelRead(ReadKind.QuestionBody, "alpha/first/"), question);
        Assert.Contains(new ModelRead(ReadKind.QuestionNav, "alpha/second/"), question); // "next" names the second question
        Assert.DoesNotContain(new ModelRead(ReadKind.QuestionBody, "alpha/second/"), question);
        Assert.DoesNotContain(new ModelRead(ReadKind.QuestionCard, "alpha/second/"), question);

        var area = ReadsOf(site, "alpha/");
        Assert.Contains(new ModelRead(ReadKind.QuestionCard, "alpha/second/"), area);
        Assert.DoesNotContain(area, r => r.Kind == ReadKind.QuestionBody);
        Assert.Contains(new ModelRead(ReadKind.QuestionBody, "alpha/second/"), ReadsOf(site, "alpha/print/"));
        Assert.Contains(new ModelRead(ReadKind.Citations, "dashboards"), ReadsOf(site, "sources/dashboards/"));
    }

    [Fact]
    public void Every_page_that_shows_a_projection_records_it_though_the_builders_make_its_titles_once_per_build()
    {
        var (site, _) = Render(Fixture);
        var alphaPages = site.Outputs.Where(o => IsPage(o) && o.Path.StartsWith("alpha/", StringComparison.Ordinal)).ToList();
        Assert.True(alphaPages.Count >= 4);
        // Each page's sidebar lists the area's questions by their titles, which the title cache makes once for all of them.
        Assert.All(alphaPages, page => Assert.Contains(page.Reads!, r => r.Read == new ModelRead(ReadKind.AreaIndex, "alpha/")));
    }

    [Theory]
    [InlineData(First, "First answer bullet.", "Edited bullet.")]
    [InlineData(First, "The first question's summary.", "A new summary.")]
    [InlineData(First, "First signal.", "An edited first signal.")]
    [InlineData(First, "question: Tell me about the first thing.", "question: Tell me about the very first thing.")]
    [InlineData(First, "pull: from the dashboards.", "pull: from the team dashboards.")]
    [InlineData("areas/alpha/area.yml", "Alpha signal one.", "Alpha signal, edited.")]
    [InlineData("areas/alpha/area.yml", "title: Alpha area", "title: Alpha")]
    [InlineData("evidence.yml", "name: Dashboards", "name: Team dashboards")]
    [InlineData("handbook.yml", "title: Fixture Handbook", "title: Another Handbook")]
    public void A_rebuild_renders_every_page_whose_output_the_edit_changes_and_keeps_the_rest_as_a_full_build_would_write_them(
        string file, string from, string to)
    {
        var (before, _) = Render(Fixture);
        var edited = Edited(Fixture, file, from, to);
        var (rebuilt, rendered) = Render(edited, before);
        var (full, _) = Render(edited);

        Assert.Subset(rendered.ToHashSet(), Differing(before, full).ToHashSet());
        Assert.Equal(Files(full), Files(rebuilt));
    }

    [Theory]
    [InlineData("First answer bullet.", "Edited bullet.")]
    [InlineData("The first question's summary.", "A new summary.")]
    [InlineData("First signal.", "An edited first signal.")]
    public void An_edit_to_one_question_renders_exactly_the_pages_that_show_what_changed(string from, string to)
    {
        var (before, _) = Render(Fixture);
        var edited = Edited(Fixture, First, from, to);
        var (_, rendered) = Render(edited, before);
        Assert.Equal(Differing(before, Render(edited).Site), rendered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_template_that_starts_showing_a_neighbours_answer_makes_its_page_read_it_with_no_change_in_the_generator()
    {
        var templates = BuiltInFiles.Templates.Select(f => f.RelativePath != "question" + TemplateSet.Extension ? f : f with
        {
            Bytes = System.Text.Encoding.UTF8.GetBytes(Text(f) +
                "{{ if next && next.question }}{{ for b in next.question.how_to_answer }}<p class=\"next-answer\">{{ b }}</p>{{ end }}{{ end }}"),
        }).ToList();
        var (before, _) = Render(Fixture, templates: templates);
        Assert.Contains(new ModelRead(ReadKind.QuestionBody, "alpha/second/"), ReadsOf(before, "alpha/first/"));

        var edited = Edited(Fixture, "areas/alpha/questions/02-second.yml", "Only bullet.", "The edited bullet.");
        var (rebuilt, rendered) = Render(edited, before, templates);
        Assert.Contains("alpha/first/index.html", rendered);
        Assert.Contains("alpha/second/index.html", rendered);
        Assert.Equal(Files(Render(edited, templates: templates).Site), Files(rebuilt));
        Assert.Contains("<p class=\"next-answer\">The edited bullet.</p>", Text(new InputFile("", "", rebuilt.Outputs.Single(o => o.Path == "alpha/first/index.html").Bytes)));
    }

    [Fact]
    public void A_fingerprint_changes_with_the_values_its_projection_shows_and_only_with_them()
    {
        var (before, _) = Render(Fixture);
        var (after, _) = Render(Edited(Fixture, First, "First answer bullet.", "Edited bullet."));
        Fingerprint Of(Site site, ReadKind kind) => new Projections(site, new ReadingOrder(site)).Of(new ModelRead(kind, "alpha/first/"));

        Assert.NotEqual(Of(before, ReadKind.QuestionBody), Of(after, ReadKind.QuestionBody));
        Assert.Equal(Of(before, ReadKind.QuestionCard), Of(after, ReadKind.QuestionCard));
        Assert.Equal(Of(before, ReadKind.QuestionNav), Of(after, ReadKind.QuestionNav));
        Assert.Equal(Of(before, ReadKind.QuestionSheet), Of(after, ReadKind.QuestionSheet));
        Assert.Equal(Fingerprint.Absent, new Projections(before, new ReadingOrder(before)).Of(new ModelRead(ReadKind.QuestionCard, "alpha/gone/")));
    }

    [Fact]
    public void A_one_off_build_keeps_no_reads_and_serves_builds_keep_them_for_every_page()
    {
        var (once, _) = Render(Fixture, keepsReads: false);
        var (served, _) = Render(Fixture);

        Assert.All(once.Outputs, output => Assert.Null(output.Reads));
        var pages = served.Outputs.Where(o => o.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.NotEmpty(page.Reads!));
    }

    /// <summary>The fixture with a second area, beta, after alpha: a copy of it under another title.</summary>
    private static readonly IReadOnlyList<InputFile> TwoAreas =
        [.. Fixture, .. Fixture.Where(f => f.RelativePath.StartsWith("areas/alpha/", StringComparison.Ordinal)).Select(f => new InputFile(
            f.RelativePath.Replace("areas/alpha/", "areas/beta/", StringComparison.Ordinal), f.DisplayPath.Replace("/alpha/", "/beta/", StringComparison.Ordinal),
            System.Text.Encoding.UTF8.GetBytes(Text(f).Replace("title: Alpha area", "title: Beta area", StringComparison.Ordinal).Replace("order: 10", "order: 20", StringComparison.Ordinal))))];

    private static IEnumerable<ScriptObject> SidebarOf(SiteModelBuilder builder, string path) =>
        Assert.IsType<ScriptArray>(Assert.IsType<ReadObject>(builder.Globals(PageContext.For(path), "", "", [], null)["site"])["areas"]).Cast<ScriptObject>();

    [Fact]
    public void Pages_at_the_same_depth_share_the_sidebar_item_of_an_area_they_do_not_open_and_open_their_own()
    {
        var context = new BuildContext(new BuildOptions());
        var site = Pipeline.Run([new LoadWordingStage(), new LoadContentStage()], context, new Site { Inputs = new SiteInputs { Content = TwoAreas, Templates = BuiltInFiles.Templates } });
        Assert.Empty(context.Diagnostics.Items);
        var builder = new SiteModelBuilder(site, new ContentModelBuilder(site, new MarkdownRenderer()), "/", null);

        var first = SidebarOf(builder, "alpha/first/").ToList();
        var second = SidebarOf(builder, "alpha/second/").ToList();
        Assert.Equal(2, first.Count);
        Assert.NotSame(first[0], second[0]); // alpha, open on both, lists each page's own place in it
        Assert.Same(first[1], second[1]);
        Assert.True(first[1].IsReadOnly); // frozen before any page could see it
        Assert.NotSame(first[1], SidebarOf(builder, "alpha/").ElementAt(1)); // its links are relative to the page's depth
        Assert.Same(SidebarOf(builder, "beta/second/").First(), SidebarOf(builder, "beta/first/").First());
    }

    [Fact]
    public void Each_page_records_only_its_own_areas_list_though_the_closed_areas_sidebar_items_are_shared()
    {
        var (site, _) = Render(TwoAreas);
        var alphaIndex = new ModelRead(ReadKind.AreaIndex, "alpha/");
        var betaIndex = new ModelRead(ReadKind.AreaIndex, "beta/");
        foreach (var (page, own, other) in new[] { ("alpha/first/", alphaIndex, betaIndex), ("alpha/second/", alphaIndex, betaIndex), ("beta/first/", betaIndex, alphaIndex), ("beta/second/", betaIndex, alphaIndex) })
        {
            var reads = ReadsOf(site, page);
            Assert.Contains(Reads.Navigation, reads);
            Assert.Contains(own, reads);
            Assert.DoesNotContain(other, reads);
        }
    }

    [Fact]
    public void A_template_that_reads_a_closed_areas_count_on_one_page_makes_only_that_page_depend_on_the_areas_list()
    {
        // A fork's layout that shows every area's count on the first question only; its sibling shares beta's sidebar item.
        var templates = BuiltInFiles.Templates.Select(f => f.RelativePath != "layout" + TemplateSet.Extension ? f : f with
        {
            Bytes = System.Text.Encoding.UTF8.GetBytes(Text(f).Replace("</body>",
                "{{ if page.path == 'alpha/first/' }}{{ for a in site.areas }}<p class=\"count\">{{ a.questions_total }}</p>{{ end }}{{ end }}</body>", StringComparison.Ordinal)),
        }).ToList();
        var (before, _) = Render(TwoAreas, templates: templates);
        var betaIndex = new ModelRead(ReadKind.AreaIndex, "beta/");
        Assert.Contains(betaIndex, ReadsOf(before, "alpha/first/"));
        Assert.DoesNotContain(betaIndex, ReadsOf(before, "alpha/second/"));

        // A new title in beta's list changes what alpha's first page read, not what its sibling did.
        var edited = Edited(TwoAreas, "areas/beta/questions/02-second.yml", "question: How do you do the second thing?", "question: How do you do the beta thing?");
        var (rebuilt, rendered) = Render(edited, before, templates);
        Assert.Contains("alpha/first/index.html", rendered);
        Assert.DoesNotContain("alpha/second/index.html", rendered);
        Assert.Equal(Files(Render(edited, templates: templates).Site), Files(rebuilt));
    }
}
