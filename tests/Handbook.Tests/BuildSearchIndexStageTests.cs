// The search stage on a hand-made site (no disk), and on the real handbook: documents, sections and their anchors.
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Search;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class BuildSearchIndexStageTests
{
    private static readonly SourceLocation At = new("test.yml", 1, 1);

    private static Site HandMade()
    {
        var question = new Question
        {
            Slug = "outage", SourceFile = "q.yml", Text = "Tell me about an **outage**", Kind = "flagship", Summary = "They want *calm*.",
            Flow = [new FlowStep("Mitigate first", "actions", At), new FlowStep("Learn", null, At)],
            HowToAnswer = ["Roll back first."], ListeningFor = ["Calm command."],
            Evidence = [new EvidenceRef("sev", "from the SEV timeline.", "SEV tool", At)],
        };
        var area = new Area
        {
            Slug = "reliability", SourceFile = "a.yml", Title = "Reliability", Summary = "Budgets.", Intro = "Intro text.",
            Framework = new Framework { Name = "The spine", Steps = [new FrameworkStep("Define SLOs", "set the target", "Pick SLIs.", At)] },
            ListeningFor = ["Tradeoffs."],
            Evidence = [new EvidenceRef("sev", "from postmortems.", null, At)],
            MoreQuestions = new MoreQuestions(null, "All reduce to the spine.",
                [new QuickQuestion("What is an SLI?", ["A measurement."]), new QuickQuestion("Is it reliable enough?", ["Watch the budget."])]),
            Closing = "Pre-load one number.",
            Questions = [question],
        };
        return new Site
        {
            Areas = [area],
            Sources = [new EvidenceSource("sev", "SEV review tool", "Incident records.", At), new EvidenceSource("wiki", "Wiki", null, At)],
        };
    }

    [Fact]
    public void Every_question_area_and_source_becomes_a_document_in_site_order_with_its_sections()
    {
        var site = new BuildSearchIndexStage().Run(HandMade(), new BuildContext(new BuildOptions()));
        var files = SearchFiles.From(site.Outputs);

        string[] Anchors(int doc) => [.. files.Data($"d/{doc}")["s"]!.AsArray().Select(s => (string)s![0]!)];
        Assert.Equal(["reliability/", "reliability/outage/", "sources/sev/", "sources/wiki/"],
            Enumerable.Range(0, 4).Select(d => (string)files.Data($"d/{d}")["u"]!));
        Assert.Equal(["area", "question", "source", "source"], Enumerable.Range(0, 4).Select(d => (string)files.Data($"d/{d}")["y"]!));
        Assert.Equal(["", "framework", "listening-for", "evidence", "more-questions", "quick-1", "quick-2", "before-the-loop"], Anchors(0));
        Assert.Equal(["", "flow", "how-to-answer", "listening-for", "evidence"], Anchors(1));
        Assert.Equal(["", "cited-by"], Anchors(2));
        Assert.Equal([""], Anchors(3)); // cited by nothing: no section to link to
        Assert.DoesNotContain("d/4", files.Names);

        // Markdown is reduced to plain text; the quick-fire question leads its section's text.
        Assert.Equal("Tell me about an outage", (string)files.Data("d/1")["t"]!);
        Assert.Equal("What is an SLI? · A measurement.", (string)files.Data("d/0")["s"]![5]![2]!);
        Assert.Equal("SEV tool · pull from the SEV timeline.", (string)files.Data("d/1")["s"]![4]![2]!);
        Assert.Equal([1], files.Posting("mitigate").Docs);
        Assert.Equal([0, 1, 2], files.Posting("sev").Docs);
    }

    [Fact]
    public void The_stage_keeps_the_pages_already_rendered()
    {
        var site = HandMade() with { Outputs = [OutputFile.Text("index.html", "<html>")] };
        var after = new BuildSearchIndexStage().Run(site, new BuildContext(new BuildOptions()));
        Assert.Equal("index.html", after.Outputs[0].Path);
        Assert.Contains(after.Outputs, o => o.Path == "search/manifest.js");
        Assert.All(after.Outputs.Skip(1), o => Assert.StartsWith("search/", o.Path));
    }

    [Fact]
    public void Every_page_has_a_search_button_for_scripts_and_a_message_for_browsers_without_them()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var built = new BuiltSite(workspace.Output);
        foreach (var path in built.HtmlFiles)
        {
            var page = built.Page(path); // AngleSharp parses with scripting off, as a browser without JavaScript does
            var button = page.QuerySelector(".site-header button[data-search-open]")!;
            Assert.True(button.HasAttribute("hidden"), $"{path}: the button shows only once search.js runs");
            Assert.Equal("Search needs JavaScript.", page.QuerySelector(".site-header noscript .search-noscript")!.TextContent);
            Assert.NotNull(page.QuerySelector("script[src$='assets/search.js']"));
            var depth = path.Count(c => c == '/');
            var root = path == "404.html" ? "/" : depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
            Assert.Equal(root, page.DocumentElement.GetAttribute("data-root")); // where search.js finds search/
        }
    }

    [Fact]
    [Trait(RealContent.Trait, RealContent.Category)]
    public void Every_section_of_the_real_handbook_links_to_an_id_on_its_page()
    {
        var (workspace, built) = RealContent.Build();
        using var _ = workspace;
        var model = RealContent.Load();
        var docs = Directory.EnumerateFiles(Path.Combine(workspace.Output, "search", "d")).ToList();
        var (areas, questions, sources) = (model.Areas.Count, model.Areas.Sum(a => a.Questions.Count), model.Sources.Count);
        Assert.True(docs.Count == areas + questions + sources,
            $"{docs.Count} search documents for the {areas} areas, {questions} questions and {sources} sources of content/: one each expected");
        var files = new SearchFiles(docs.ToDictionary(f => "d/" + Path.GetFileNameWithoutExtension(f), File.ReadAllText));
        var checkedAnchors = 0;
        foreach (var name in files.Names)
        {
            var data = files.Data(name);
            var page = built.Page((string)data["u"]! + "index.html");
            Assert.Equal((string)data["t"]!, page.QuerySelector("h1")!.TextContent);
            foreach (var anchor in data["s"]!.AsArray().Select(s => (string)s![0]!).Where(a => a != ""))
            {
                Assert.True(page.GetElementById(anchor) is not null, $"{data["u"]}#{anchor} does not exist");
                checkedAnchors++;
            }
        }

        Assert.True(checkedAnchors > 30, $"{checkedAnchors} anchors");
    }
}
