// The single Markdig pipeline: inline vs block rendering, raw HTML escaped, unsafe links dropped, site links rebased.
using Handbook.Markdown;

namespace Handbook.Tests;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _markdown = new();
    private static LinkRewriter AtDepth(int depth) => new(depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth)));

    [Fact]
    public void Inline_rendering_has_no_paragraph_and_block_rendering_has_one()
    {
        Assert.Equal("Spend <strong>50%</strong> on Actions", _markdown.Inline("Spend **50%** on Actions", AtDepth(0)));
        Assert.Equal("<p>Spend <em>most</em> words.</p>", _markdown.Block("Spend *most* words.", AtDepth(0)));
    }

    [Fact]
    public void Raw_html_is_escaped_not_passed_through()
    {
        var html = _markdown.Block("Hello <script>alert(1)</script> <img src=x onerror=alert(1)>", AtDepth(0));
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java&#x09;script:alert(1))")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![img](javascript:alert(1))")]
    [InlineData("T<javascript:alert(1)>__[x](  JaVaScRiPt:alert(1)) he")] // an unwrapped link once hid the autolink before it
    [InlineData("[a](javascript:x) then <javascript:alert(1)> and [b](javascript:y)")]
    public void Script_capable_links_are_removed_keeping_their_text(string markdown)
    {
        var html = _markdown.Inline(markdown, AtDepth(0));
        Assert.DoesNotContain("href=", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("<a", html);
    }

    [Theory]
    [InlineData("[a](https://example.com/x)", "href=\"https://example.com/x\"")]
    [InlineData("[a](mailto:me@example.com)", "href=\"mailto:me@example.com\"")]
    [InlineData("[a](#flow)", "href=\"#flow\"")]
    [InlineData("[a](other/page/)", "href=\"other/page/\"")]
    public void Safe_links_are_kept(string markdown, string expected) =>
        Assert.Contains(expected, _markdown.Inline(markdown, AtDepth(1)));

    [Fact]
    public void Site_relative_links_are_rebased_onto_the_page()
    {
        Assert.Contains("href=\"../../reliability-sre/\"", _markdown.Inline("[area](/reliability-sre/)", AtDepth(2)));
        Assert.Contains("href=\"/handbook/reliability-sre/\"", _markdown.Inline("[area](/reliability-sre/)", new LinkRewriter("/handbook/")));
        Assert.Contains("href=\"//cdn.example.com/x\"", _markdown.Inline("[cdn](//cdn.example.com/x)", AtDepth(2)));
    }

    [Fact]
    public void Plain_text_strips_markup() =>
        Assert.Equal("Before the loop: bring a number.", MarkdownRenderer.Plain("**Before the loop:** bring a number."));

    [Fact]
    public void Text_taken_as_plain_without_parsing_is_what_Markdig_makes_of_it()
    {
        var random = new Random(7);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.'?;";
        var texts = new List<string> { "Observability timeout outage", "Don't page twice; ask why.", "A 1. B", "Hello  world", "a www b", "wWw.example.com", "x ." };
        for (var i = 0; i < 20_000; i++)
            texts.Add(new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(random.Next(3) == 0 ? alphabet.Length : 26)])]));
        foreach (var text in texts.Where(MarkdownRenderer.IsPlainAlready))
            Assert.Equal(Markdig.Markdown.ToPlainText(text, MarkdownRenderer.Pipeline).Trim(), MarkdownRenderer.Plain(text));
        Assert.Contains(texts, MarkdownRenderer.IsPlainAlready);
    }

    [Fact]
    public void Prose_rendered_without_parsing_is_what_Markdig_makes_of_it_inline_and_as_a_block()
    {
        var random = new Random(11);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.'?;:()%/!-\u2013\u2014";
        var texts = new List<string>
        {
            "Observability timeout outage", "Signal: 50% of pages (p99) - and/or — not.", "b) Second", "iv. Fourth", "A 1. B", "x ( y",
            "Call tel:123 now", "Mail mailto:a", "Go to http://x.y", "See wWw.example.com", "Hi!", "Stop! (really)", "Hello  world",
        };
        // Every line of the real content too, whatever it holds: the texts this path meets in practice.
        texts.AddRange(Directory.EnumerateFiles(Support.RepoPaths.Content, "*.yml", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines).Select(l => l.Trim().TrimStart('-').Trim()));
        for (var i = 0; i < 20_000; i++)
            texts.Add(new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(random.Next(3) == 0 ? alphabet.Length : 26)])]));

        var links = AtDepth(2);
        var prose = texts.Where(MarkdownRenderer.IsProse).ToList();
        foreach (var text in prose)
        {
            Assert.Equal(MarkdownRenderer.RenderOnce(text, links, inline: true), _markdown.Inline(text, links));
            Assert.Equal(MarkdownRenderer.RenderOnce(text, links, inline: false), _markdown.Block(text, links));
        }

        Assert.True(prose.Count > 1000, $"{prose.Count} texts taken as prose");
        Assert.DoesNotContain(prose, t => t.Contains("tel:", StringComparison.Ordinal) || t.Contains("://", StringComparison.Ordinal) || t.StartsWith("b)", StringComparison.Ordinal));
    }
}
