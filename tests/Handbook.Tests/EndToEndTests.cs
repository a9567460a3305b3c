// Builds the frozen seed handbook with the real templates and assets, then reads the output back with AngleSharp.
using System.Text.RegularExpressions;
using Handbook.Build;
using Handbook.Content;
using Handbook.Core;
using Handbook.Input;
using Handbook.Markdown;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class EndToEndTests
{
    // The frozen copy of the seed, not content/: these tests name its pages, counts and headings (RealContentTests checks content/).
    private static (Workspace Workspace, BuiltSite Site) BuildSeed(BuildOptions? options = null)
    {
        var workspace = new Workspace(RepoPaths.FrozenHandbook);
        var result = workspace.Build(options);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("", result.Stderr);
        return (workspace, new BuiltSite(workspace.Output));
    }

    private static Model.Site LoadSeed()
    {
        var context = new BuildContext(new BuildOptions { ContentDir = RepoPaths.FrozenHandbook, TemplatesDir = RepoPaths.Templates, AssetsDir = RepoPaths.Assets });
        var site = Pipeline.Run([new ReadInputsStage(), new LoadContentStage(), new ValidateReferencesStage()], context);
        Assert.Empty(context.Diagnostics.Items);
        return site;
    }

    [Fact]
    public void The_seed_handbook_has_every_page_with_its_title_and_headings()
    {
        var (workspace, site) = BuildSeed();
        using var _ = workspace;
        var model = LoadSeed();
        var area = Assert.Single(model.Areas);
        Assert.Equal(5, area.Questions.Count);
        Assert.Equal(6, model.Sources.Count);

        var home = site.Page("index.html");
        Assert.Equal(model.Settings.Title, home.Title);
        Assert.Equal(model.Settings.Title, home.QuerySelector("h1")!.TextContent);
        Assert.Contains("5 questions", home.QuerySelector(".cards")!.TextContent);

        var areaPage = site.Page($"{area.Slug}/index.html");
        Assert.Equal(area.Title, areaPage.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(area.Title + " · ", areaPage.Title);
        var h2s = areaPage.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Contains("What the interviewer is looking for", h2s);
        Assert.Contains("Where to get your data (Meta)", h2s);
        Assert.Contains(area.Framework!.Heading!, h2s);
        Assert.Contains(area.MoreQuestions!.Title!, h2s);

        foreach (var question in area.Questions)
        {
            var page = site.Page($"{area.Slug}/{question.Slug}/index.html");
            Assert.Equal(question.Text, page.QuerySelector("h1")!.TextContent);
            Assert.StartsWith(question.Text, page.Title);
            Assert.Equal(question.Kind, page.QuerySelector(".badge")!.TextContent);
            var sections = page.QuerySelectorAll("main h2").Where(h => h.Closest("[hidden]") is null).Select(h => h.TextContent).ToList();
            Assert.Equal(["On this page", "The flow", "How to answer", "What the interviewer is looking for", "Where to get your data (Meta)"], sections);
            // Study mode's panels are in the page but hidden until their script runs, so without JavaScript it reads as before.
            Assert.Equal(["Rehearse", "My story", "My study notes"], page.QuerySelectorAll("main .study[hidden] > h2").Select(h => h.TextContent));
        }

        foreach (var source in model.Sources)
            Assert.Equal(source.Name, site.Page($"sources/{source.Id}/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Page not found", site.Page("404.html").QuerySelector("h1")!.TextContent);
        Assert.False(File.Exists(Path.Combine(site.Root, "sitemap.xml")), "a sitemap needs absolute URLs, so --base-url");
        Assert.True(File.Exists(Path.Combine(site.Root, "robots.txt")));
    }

    [Fact]
    public void Every_question_bullet_and_flow_step_of_the_seed_appears_in_the_pages()
    {
        var (workspace, site) = BuildSeed();
        using var _ = workspace;
        var model = LoadSeed();
        static string Norm(string s) => Regex.Replace(s, @"\s+", " ").Trim();
        var area = model.Areas[0];
        var areaText = Norm(site.Text($"{area.Slug}/index.html"));

        var areaTexts = new List<string> { area.Title, area.Summary, area.Intro!, area.Closing!, area.Framework!.Intro!, area.Framework.Summary! };
        areaTexts.AddRange(area.Framework.Steps.SelectMany(s => new[] { s.Title, s.Tagline, s.Detail }).OfType<string>());
        areaTexts.AddRange(area.ListeningFor);
        areaTexts.AddRange(area.Evidence.Select(e => e.Pull));
        areaTexts.AddRange(area.MoreQuestions!.Items.SelectMany(i => i.HowToAnswer.Prepend(i.Text)));
        areaTexts.AddRange(area.Questions.SelectMany(q => new[] { q.Text, q.Summary }));
        foreach (var text in areaTexts) Assert.Contains(Norm(MarkdownRenderer.Plain(text)), areaText);

        foreach (var question in area.Questions)
        {
            var text = Norm(site.Text($"{area.Slug}/{question.Slug}/index.html"));
            var expected = question.Flow.Select(f => f.Label).Concat(question.HowToAnswer).Concat(question.ListeningFor)
                .Concat(question.Evidence.Select(e => e.Pull)).Append(question.Summary);
            foreach (var item in expected) Assert.Contains(Norm(MarkdownRenderer.Plain(item)), text);
            foreach (var evidence in question.Evidence)
                Assert.Contains(Norm(evidence.Label ?? model.Source(evidence.SourceId)!.Name), text);
        }

        var homeText = Norm(site.Text("index.html"));
        foreach (var text in new[] { model.Settings.Intro!, model.Settings.HowToUse!, model.Settings.Shapes[0].Summary })
            Assert.Contains(Norm(MarkdownRenderer.Plain(text)), homeText);
    }

    [Fact]
    public void Under_a_base_path_no_internal_link_leaves_it()
    {
        var (workspace, site) = BuildSeed(new BuildOptions { BasePath = "/handbook/", BaseUrl = "https://owner.github.io/handbook/" });
        using var _ = workspace;
        var checkedLinks = 0;
        foreach (var (page, url) in site.Links())
        {
            var pageUrl = new Uri("https://owner.github.io/handbook/" + (page == "404.html" ? "some/missing/page" : page));
            var target = new Uri(pageUrl, url);
            if (target.Host != "owner.github.io") continue;
            Assert.True(target.AbsolutePath.StartsWith("/handbook/", StringComparison.Ordinal), $"{page}: {url} -> {target}");
            checkedLinks++;
        }

        Assert.True(checkedLinks > 100, $"only {checkedLinks} links checked");
        var sitemap = File.ReadAllText(Path.Combine(site.Root, "sitemap.xml"));
        Assert.Contains("<loc>https://owner.github.io/handbook/reliability-sre/major-incident/</loc>", sitemap);
        Assert.Equal("https://owner.github.io/handbook/reliability-sre/", site.Page("reliability-sre/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_base_url_gives_absolute_canonical_Open_Graph_and_sitemap_links_and_none_without_it()
    {
        var (workspace, site) = BuildSeed(new BuildOptions { BasePath = "/REPO/", BaseUrl = "https://owner.github.io/REPO/" });
        using var _ = workspace;
        var page = site.Page("reliability-sre/major-incident/index.html");
        string? Meta(string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        Assert.Equal("https://owner.github.io/REPO/reliability-sre/major-incident/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://owner.github.io/REPO/reliability-sre/major-incident/", Meta("og:url"));
        Assert.Equal(page.QuerySelector("h1")!.TextContent, Meta("og:title"));
        Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), Meta("og:description"));
        Assert.Equal(site.Page("index.html").QuerySelector("h1")!.TextContent, Meta("og:site_name"));
        Assert.Equal("website", Meta("og:type"));
        Assert.Equal("User-agent: *\nAllow: /\nSitemap: https://owner.github.io/REPO/sitemap.xml\n", File.ReadAllText(Path.Combine(site.Root, "robots.txt")));

        // Without a base URL there is no absolute URL to give: relative links only, and no sitemap (its protocol wants absolute URLs).
        var (plain, plainSite) = BuildSeed(new BuildOptions { BasePath = "/REPO/" });
        using var __ = plain;
        var plainPage = plainSite.Page("reliability-sre/index.html");
        Assert.Null(plainPage.QuerySelector("link[rel=canonical]"));
        Assert.Null(plainPage.QuerySelector("meta[property='og:url']"));
        Assert.DoesNotContain("Sitemap:", File.ReadAllText(Path.Combine(plainSite.Root, "robots.txt")));
        Assert.False(File.Exists(Path.Combine(plainSite.Root, "sitemap.xml")));
    }
}
