// `check` on pages nested 100,000 deep: the broken link at the bottom is found, with no quadratic parse and no deep recursion.
using Handbook.Links;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class DeepNestingTests
{
    private const int Depth = 100_000;

    public static TheoryData<string, bool, int> Pages() => new()
    {
        // the element nested, inside an <svg>, the broken link's column
        { "div", false, 5 * Depth + 66 },
        { "span", false, 6 * Depth + 66 },
        { "g", true, 3 * Depth + 77 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_broken_link_at_the_bottom_of_a_page_nested_100000_deep_is_found(string element, bool svg, int column)
    {
        using var dir = new TempDir();
        var link = svg ? "<a xlink:href=\"missing.html\">x</a>" : "<a href=\"missing.html\">x</a>";
        var page = "<!doctype html><html><head><title>x</title></head><body>" + (svg ? "<svg>" : "")
            + string.Concat(Enumerable.Repeat($"<{element}>", Depth)) + link + string.Concat(Enumerable.Repeat($"</{element}>", Depth))
            + (svg ? "</svg>" : "") + "</body></html>";
        Directory.CreateDirectory(dir["site"]);
        File.WriteAllText(dir["site/index.html"], page);

        var result = InputSafetyTests.Guarded(() => LinkCheckTests.Run(new CheckRequest { Folder = "site" }, dir.Path));
        var kind = svg ? "a xlink:href" : "a href";
        Assert.Equal([$"site/index.html(1,{column}): error HL0001: 'missing.html' ({kind}): 'missing.html' does not exist."], result.Findings);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void The_linear_scan_finds_the_same_links_anchors_and_positions_as_the_dom()
    {
        const string html = "<!doctype html><!-- <a href=\"c.html\"> --><title><a href=\"t.html\"></title><script>var s = '<a href=\"s.html\">';</script>"
            + "<div id=\"top\" style=\"background:url(bg.png)\"><a href=\"a.html?x=1&amp;y=2\" name=\"n\">a</a><img src='i.png' srcset=\"i2.png 2x\">"
            + "<svg><a xlink:href=\"#top\" xlink:title=\"t\"/><![CDATA[<a href=\"cd.html\">]]></svg><style>p{background:url(p.png)}</style></div>";
        // Nested past the limit after every link, so the positions of the two readings can be compared as they are.
        var deep = html + string.Concat(Enumerable.Repeat("<div>", HtmlTagScanner.DeepNesting + 1));
        Assert.False(HtmlTagScanner.NestsDeeperThan(html, HtmlTagScanner.DeepNesting));
        Assert.True(HtmlTagScanner.NestsDeeperThan(deep, HtmlTagScanner.DeepNesting));

        var fromDom = LinkCollector.Html("p.html", html);
        var fromScan = LinkCollector.Html("p.html", deep);
        Assert.Equal(["#top", "a.html?x=1&y=2", "bg.png", "i.png", "i2.png", "p.png"], fromDom.Links.Select(l => l.Url).Order(StringComparer.Ordinal));
        Assert.Equal(fromDom.Links.OrderBy(l => l.Url, StringComparer.Ordinal), fromScan.Links.OrderBy(l => l.Url, StringComparer.Ordinal));
        Assert.Equal(["n", "top"], fromScan.Anchors.Order(StringComparer.Ordinal));
        Assert.Equal(fromDom.Anchors.Order(StringComparer.Ordinal), fromScan.Anchors.Order(StringComparer.Ordinal));
    }
}
