// The repository's own content/ builds and shows all of its text: every expectation is read from content/, so a fork's areas pass too.
using System.Text.RegularExpressions;
using Handbook.Markdown;
using Handbook.Tests.Support;

namespace Handbook.Tests;

[Trait(RealContent.Trait, RealContent.Category)]
public class RealContentTests
{
    private static string Norm(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    private static string Plain(string markdown) => Norm(MarkdownRenderer.Plain(markdown));

    [Fact]
    public void Every_area_question_and_source_of_content_has_its_page_under_its_title()
    {
        var (workspace, site) = RealContent.Build();
        using var _ = workspace;
        var model = RealContent.Load();
        Assert.True(model.Areas.Count > 0, "content/areas/ holds no area");

        var home = site.Page("index.html");
        Assert.True(home.Title == model.Settings.Title, $"index.html is titled '{home.Title}', content/handbook.yml says '{model.Settings.Title}'");
        var cards = Norm(home.QuerySelector(".cards")!.TextContent);
        foreach (var area in model.Areas)
        {
            RealContent.AssertShows(cards, Plain(area.Title), area.SourceFile, "index.html's area cards");
            var page = site.Page($"{area.Slug}/index.html");
            Assert.True(page.QuerySelector("h1")?.TextContent == area.Title,
                $"{area.Slug}/index.html's h1 is '{page.QuerySelector("h1")?.TextContent}', content/{area.SourceFile} says '{area.Title}'");
            foreach (var question in area.Questions)
            {
                var path = $"{area.Slug}/{question.Slug}/index.html";
                Assert.True(File.Exists(Path.Combine(site.Root, path)), $"{path} was not built for content/{question.SourceFile}");
                Assert.True(site.Page(path).QuerySelector("h1")?.TextContent == question.Text,
                    $"{path}'s h1 is not the question of content/{question.SourceFile}: '{question.Text}'");
            }
        }

        foreach (var source in model.Sources)
            Assert.True(site.Page($"sources/{source.Id}/index.html").QuerySelector("h1")?.TextContent == source.Name,
                $"sources/{source.Id}/index.html is not titled '{source.Name}' as content/evidence.yml says");
    }

    [Fact]
    public void Every_text_of_content_appears_on_its_page()
    {
        var (workspace, site) = RealContent.Build();
        using var _ = workspace;
        var model = RealContent.Load();

        foreach (var area in model.Areas)
        {
            var page = $"{area.Slug}/index.html";
            var areaText = Norm(site.Text(page));
            var texts = new List<string?> { area.Title, area.Summary, area.Intro, area.Closing, area.Framework?.Intro, area.Framework?.Summary };
            texts.AddRange(area.Framework?.Steps.SelectMany(s => new[] { s.Title, s.Tagline, s.Detail }) ?? []);
            texts.AddRange(area.ListeningFor);
            texts.AddRange(area.Evidence.Select(e => e.Pull));
            texts.AddRange(area.MoreQuestions?.Items.SelectMany(i => i.HowToAnswer.Prepend(i.Text)) ?? []);
            texts.AddRange(area.Questions.SelectMany(q => new[] { q.Text, q.Summary }));
            foreach (var text in texts.OfType<string>()) RealContent.AssertShows(areaText, Plain(text), area.SourceFile, page);

            foreach (var question in area.Questions)
            {
                var questionPage = $"{area.Slug}/{question.Slug}/index.html";
                var text = Norm(site.Text(questionPage));
                var expected = question.Flow.Select(f => f.Label).Concat(question.HowToAnswer).Concat(question.ListeningFor)
                    .Concat(question.Evidence.Select(e => e.Pull)).Append(question.Summary)
                    .Concat(question.Evidence.Select(e => e.Label ?? model.Source(e.SourceId)!.Name));
                foreach (var item in expected) RealContent.AssertShows(text, Plain(item), question.SourceFile, questionPage);
            }
        }

        var homeText = Norm(site.Text("index.html"));
        var home = new[] { model.Settings.Intro, model.Settings.HowToUse }.Concat(model.Settings.Shapes.Select(s => s.Summary));
        foreach (var text in home.OfType<string>()) RealContent.AssertShows(homeText, Plain(text), "handbook.yml", "index.html");
    }

    [Fact]
    public void Links_between_pages_of_content_are_relative_so_the_site_opens_from_disk()
    {
        var (workspace, site) = RealContent.Build();
        using var _ = workspace;
        foreach (var (page, url) in site.Links().Where(l => l.Page != "404.html"))
        {
            Assert.False(url.StartsWith('/'), $"{page} links to root-relative {url}");
            if (url.StartsWith('#') || url.Contains("://")) continue;
            var path = Path.GetFullPath(Path.Combine(site.Root, Path.GetDirectoryName(page)!, url.Split('#')[0]));
            var file = url.Split('#')[0].EndsWith('/') || url.Split('#')[0] == "" ? Path.Combine(path, "index.html") : path;
            Assert.True(File.Exists(file), $"{page}: {url} -> {file} does not exist");
        }
    }
}
