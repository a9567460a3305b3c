// Every built page declares the site's Content-Security-Policy first thing, and nothing in it or in serve's snippet is inline.
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Handbook.Markdown;
using Handbook.Serve;
using Handbook.Templates;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class ContentSecurityPolicyTests
{
    private const string AlignedTable = """
        intro: |
          Alpha intro paragraph.

          | Signal | Target |
          | :----- | -----: |
          | p99    | 300 ms |
        """;

    /// <summary>What the policy would block: a script body, a style element, a style attribute, an inline event handler.</summary>
    private static IEnumerable<string> InlineCode(IDocument document) =>
        document.QuerySelectorAll("script").Where(s => !s.HasAttribute("src") || s.TextContent.Trim() != "").Select(s => "script: " + s.OuterHtml)
            .Concat(document.QuerySelectorAll("style").Select(s => "style element: " + s.OuterHtml))
            .Concat(document.All.Where(e => e.HasAttribute("style")).Select(e => "style attribute: " + e.OuterHtml[..Math.Min(200, e.OuterHtml.Length)]))
            .Concat(document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => "handler: " + a.Name));

    [Fact]
    public void Every_page_declares_the_policy_right_after_its_charset_and_holds_nothing_inline()
    {
        using var workspace = new Workspace();
        workspace.Edit("content/areas/alpha/area.yml", "intro: |\n  Alpha intro paragraph.\n", AlignedTable + "\n");
        Assert.Equal(0, workspace.Build().ExitCode);
        var site = new BuiltSite(workspace.Output);
        Assert.Contains("404.html", site.HtmlFiles);
        Assert.Contains("alpha/print/index.html", site.HtmlFiles);

        foreach (var path in site.HtmlFiles)
        {
            var page = site.Page(path);
            var metas = page.Head!.QuerySelectorAll("meta");
            Assert.True(metas[0].HasAttribute("charset"), path);
            Assert.Equal("Content-Security-Policy", metas[1].GetAttribute("http-equiv"));
            Assert.Equal(ContentSecurityPolicy.Policy, metas[1].GetAttribute("content"));
            // A meta policy only covers what comes after it: nothing that loads may come before it.
            Assert.DoesNotContain(page.Head.Children.TakeWhile(e => e != metas[1]), e => e.LocalName is "link" or "script" or "style" or "base");
            Assert.Empty(InlineCode(page));
        }

        var cells = site.Page("alpha/index.html").QuerySelectorAll("table td");
        Assert.Equal(["align-left", "align-right"], cells.Select(c => c.ClassName));
        Assert.Contains(".align-right { text-align: right; }", File.ReadAllText(Path.Combine(workspace.Output, "assets", "handbook.css")));
    }

    [Fact]
    public void The_policy_is_strict()
    {
        var directives = ContentSecurityPolicy.Policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'none'"], directives["base-uri"]);
        Assert.DoesNotContain(directives.Values.SelectMany(v => v), v => v.Contains("unsafe") || v == "*" || v.StartsWith("http"));
    }

    [Fact]
    public void The_readme_gives_the_policy_as_it_is()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        // The meta tag, the _headers line and the nginx line.
        Assert.Equal(3, readme.Split(ContentSecurityPolicy.Policy).Length - 1);
    }

    [Fact]
    public void Table_alignment_is_a_class_not_a_style_attribute()
    {
        var html = new MarkdownRenderer().Block("| a | b | c |\n| :- | :-: | -: |\n| 1 | 2 | 3 |", new LinkRewriter("./"));
        Assert.DoesNotContain("style", html);
        var cells = new HtmlParser().ParseDocument(html).QuerySelectorAll("th, td");
        Assert.Equal(["align-left", "align-center", "align-right", "align-left", "align-center", "align-right"], cells.Select(c => c.ClassName));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Serve_s_snippet_holds_nothing_inline(bool succeeded)
    {
        var snippet = ReloadSnippetRenderer.Render("/REPO/", new BuildState(3, succeeded, succeeded ? [] : ["content/x.yml(1,1): error HB0001: <bad>"]));
        var page = new HtmlParser().ParseDocument(ReloadSnippetRenderer.Inject("<!doctype html><html><head></head><body><p>page</p></body></html>", snippet));
        Assert.Empty(InlineCode(page));
        Assert.Equal("/REPO/__handbook/live-reload.js", page.QuerySelector("script")!.GetAttribute("src"));
        Assert.Equal("/REPO/__handbook/overlay.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal(succeeded ? 0 : 1, page.QuerySelectorAll($"#{ReloadSnippetRenderer.OverlayId}").Length);
    }
}
