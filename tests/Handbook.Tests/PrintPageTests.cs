// An area's print page: the whole area and every question in full on one page, with ids of its own, linked from the area's pages.
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Handbook.Build;
using Handbook.Content;
using Handbook.Core;
using Handbook.Input;
using Handbook.Markdown;
using Handbook.Search;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class PrintPageTests
{
    private static string Norm(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static string Plain(string markdown) => Norm(MarkdownRenderer.Plain(markdown));

    // The frozen seed, whose headings and counts these tests name; RealContentTests checks that content/ shows all its text.
    private static (Workspace Workspace, BuiltSite Site, Model.Site Model) BuildSeed()
    {
        var workspace = new Workspace(RepoPaths.FrozenHandbook);
        var result = workspace.Build();
        Assert.True(result.ExitCode == 0, result.Stderr);
        var context = new BuildContext(new BuildOptions(), workspace.Path);
        var model = Pipeline.Run([new ReadInputsStage(), new LoadContentStage(), new ValidateReferencesStage()], context);
        return (workspace, new BuiltSite(workspace.Output), model);
    }

    /// <summary>The site path a link on a page leads to, without its fragment.</summary>
    private static string Target(string page, string href) =>
        new Uri(new Uri("https://site.test/" + page), href).AbsolutePath.TrimStart('/');

    [Fact]
    public void Each_area_prints_its_own_content_and_every_question_in_full_under_an_h2_of_its_title()
    {
        var (workspace, site, model) = BuildSeed();
        using var _ = workspace;
        foreach (var area in model.Areas)
        {
            var page = site.Page($"{area.Slug}/print/index.html");
            Assert.Equal(area.Title, page.QuerySelector("main h1")!.TextContent);

            var sections = page.QuerySelectorAll("main .print-question");
            Assert.Equal(area.Questions.Select(q => Plain(q.Text)), sections.Select(s => Norm(s.QuerySelector("h2")!.TextContent)));
            foreach (var (question, section) in area.Questions.Zip(sections))
            {
                Assert.Equal(["The flow", "How to answer", "What the interviewer is looking for", "Where to get your data (Meta)"],
                    section.QuerySelectorAll("h3").Select(h => h.TextContent));
                Assert.NotNull(section.QuerySelector("svg.diagram-svg"));
                var text = Norm(section.TextContent);
                var expected = question.HowToAnswer.Concat(question.ListeningFor).Concat(question.Evidence.Select(e => e.Pull)).Append(question.Summary);
                foreach (var item in expected) Assert.Contains(Plain(item), text);
                if (question.Kind is { } kind) Assert.Equal(kind, section.QuerySelector(".badge")!.TextContent);
            }

            var areaText = Norm(page.QuerySelector("main")!.TextContent);
            var areaTexts = new List<string> { area.Summary, area.Intro!, area.Closing!, area.Framework!.Intro! };
            areaTexts.AddRange(area.Framework.Steps.Select(s => s.Detail).OfType<string>());
            areaTexts.AddRange(area.ListeningFor);
            areaTexts.AddRange(area.Evidence.Select(e => e.Pull));
            areaTexts.AddRange(area.MoreQuestions!.Items.SelectMany(i => i.HowToAnswer.Prepend(i.Text)));
            foreach (var item in areaTexts) Assert.Contains(Plain(item), areaText);
        }
    }

    [Fact]
    public void Every_id_on_the_print_page_is_unique_and_every_anchor_and_label_reference_finds_its_element()
    {
        var (workspace, site, model) = BuildSeed();
        using var _ = workspace;
        var area = model.Areas[0];
        var page = site.Page($"{area.Slug}/print/index.html");

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(area.Questions.Select(q => $"q-{q.Slug}"), page.QuerySelectorAll(".print-question h2").Select(h => h.Id));

        var references = page.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..])
            .Concat(page.QuerySelectorAll("[aria-labelledby], [aria-describedby]")
                .SelectMany(e => $"{e.GetAttribute("aria-labelledby")} {e.GetAttribute("aria-describedby")}".Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
        Assert.True(references.Count > 40, $"only {references.Count} references");
        Assert.All(references, id => Assert.Contains(id, ids));
        Assert.Equal(area.Questions.Select(q => $"#q-{q.Slug}"), page.QuerySelectorAll("main .toc a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_area_page_its_question_pages_and_its_sidebar_link_to_the_print_page_which_no_search_document_lists()
    {
        var (workspace, site, model) = BuildSeed();
        using var _ = workspace;
        var area = model.Areas[0];
        var print = $"{area.Slug}/print/";

        IEnumerable<string> Targets(string page, string selector) =>
            site.Page(page).QuerySelectorAll(selector).Select(a => Target(page, a.GetAttribute("href")!));
        Assert.Contains(print, Targets($"{area.Slug}/index.html", "main a"));
        foreach (var question in area.Questions)
            Assert.Contains(print, Targets($"{area.Slug}/{question.Slug}/index.html", "main a"));
        // Issue 14: the sidebar reaches everything the reading order does, the print page included.
        foreach (var question in area.Questions)
            Assert.Contains(print, Targets($"{area.Slug}/{question.Slug}/index.html", ".sidebar a"));

        var documents = new SearchDocumentBuilder(model).Build();
        Assert.DoesNotContain(documents, d => d.Url.Contains("print", StringComparison.Ordinal));
        Assert.Equal($"{area.Title}, every question · {model.Settings.Title}", site.Page($"{print}index.html").Title);
    }

    [Fact]
    public void Questions_whose_flows_say_the_same_thing_keep_their_diagram_ids_apart_on_the_print_page()
    {
        using var workspace = new Workspace();
        var second = File.ReadAllText(workspace["content/areas/alpha/questions/02-second.yml"]);
        workspace.Write("content/areas/alpha/questions/03-third.yml", second.Replace("How do you do the second thing?", "And the third thing?"));

        var result = workspace.Build(); // the link check fails the build on a duplicate id
        Assert.True(result.ExitCode == 0, result.Stderr);
        var page = new BuiltSite(workspace.Output).Page("alpha/print/index.html");
        IElement Title(string slug) => page.QuerySelector($"section[aria-labelledby='q-{slug}'] svg title")!;
        var (two, three) = (Title("second").Id!, Title("third").Id!);
        Assert.Equal(two["q-second--".Length..], three["q-third--".Length..]);
    }
}
