// The small parsers behind the collector: srcset candidates, CSS url() and @import, meta refresh, attribute positions.
using Handbook.Links;

namespace Handbook.Tests;

public class LinkParserTests
{
    [Theory]
    [InlineData("a.png", "a.png@0")]
    [InlineData("a.png 1x, b.png 2x", "a.png@0|b.png@10")]
    [InlineData("a.png 480w,b.png 960w", "a.png@0|b.png@11")]
    [InlineData("a.png,b.png", "a.png,b.png@0")]
    [InlineData("a.png, b.png", "a.png@0|b.png@7")]
    [InlineData("a.png,, b.png", "a.png@0|b.png@8")]
    [InlineData("  data:image/png;base64,AAA= 1x , c.png 2x", "data:image/png;base64,AAA=@2|c.png@34")]
    [InlineData("a.png (something, odd) 1x, b.png", "a.png@0|b.png@27")]
    [InlineData(" , ", "")]
    public void Srcset_candidates_and_their_offsets(string srcset, string expected) =>
        Assert.Equal(expected, string.Join('|', SrcsetParser.Parse(srcset).Select(c => $"{c.Url}@{c.Offset}")));

    [Theory]
    [InlineData("a { background: url(x.png) }", "x.png@20")]
    [InlineData("a { background: URL( 'x y.png' ) }", "x y.png@22")]
    [InlineData("@import \"base.css\"; @import url(more.css);", "base.css@9@import|more.css@32")]
    [InlineData("/* url(no.png) */ a { content: \"url(no.png)\" } b { mask: url(\"yes.svg#m\") }", "yes.svg#m@62")]
    [InlineData("a { background-image: image-set(url(a.png) 1x, url(b.png) 2x) }", "a.png@36|b.png@51")]
    [InlineData("a { x: myurl(no.png) }", "")]
    public void Css_urls_and_imports_outside_comments_and_strings(string css, string expected) =>
        Assert.Equal(expected, string.Join('|', CssUrlParser.Parse(css).Select(u => $"{u.Url}@{u.Offset}{(u.Import ? "@import" : "")}")));

    [Theory]
    [InlineData("0; url=next/", "next/@7")]
    [InlineData("5;URL='next.html'", "next.html@7")]
    [InlineData("3, url = \"a b.html\"", "a b.html@10")]
    [InlineData("0;next.html", "next.html@2")]
    [InlineData("30", null)]
    public void Meta_refresh_urls(string content, string? expected)
    {
        var parsed = MetaRefreshParser.Parse(content);
        Assert.Equal(expected, parsed is { } p ? $"{p.Url}@{p.Offset}" : null);
    }

    [Theory]
    [InlineData("<a href=\"x\">", "href", 9)]
    [InlineData("<a  class='c'  HREF = x>", "href", 22)]
    [InlineData("<img alt=\"a > b\" src=\"i.png\">", "src", 22)]
    [InlineData("<use data-href=\"no\" xlink:href=\"#i\"/>", "xlink:href", 32)]
    [InlineData("<a hidden href=y>", "href", 15)]
    [InlineData("<a name=x>", "href", null)]
    public void Attribute_values_are_found_in_the_start_tag(string html, string attribute, int? offset) =>
        Assert.Equal(offset, TagAttributeParser.ValueOffset(html, 0, attribute));

    [Fact]
    public void Positions_are_computed_from_offsets_on_long_lines()
    {
        var html = "<!doctype html>\n<p>" + new string('x', 70_000) + "<a href=\"missing/\">x</a>";
        var scan = LinkCollector.Html("index.html", html);
        var link = Assert.Single(scan.Links);
        Assert.Equal((2, 70_013), (link.Line, link.Column));
    }
}
