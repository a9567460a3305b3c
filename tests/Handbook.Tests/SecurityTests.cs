// Script in content never reaches the built HTML alive: raw HTML is escaped and script URLs are dropped.
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class SecurityTests
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "poster", "srcset", "xlink:href"];

    [Fact]
    public void Script_and_javascript_urls_in_content_never_reach_the_html_live()
    {
        using var workspace = new Workspace();
        workspace.Write("content/areas/alpha/questions/03-evil.yml", """
            question: "Evil <script>alert('q')</script> question?"
            kind: "<b onmouseover=alert(1)>kind</b>"
            summary: "Look <img src=x onerror=alert(1)> and [click](javascript:alert(1)) or <javascript:alert(2)>"
            flow:
              - "<script>alert('flow')</script>"
              - "Two"
            how_to_answer:
              - "[x](  JAVASCRIPT:alert(3))"
              - "<iframe src=javascript:alert(4)></iframe>"
              - "![i](javascript:alert(5))"
            listening_for:
              - "<a href=\"javascript:alert(6)\">a</a>"
            """);
        var result = workspace.Build();
        Assert.Equal(0, result.ExitCode);

        var site = new BuiltSite(workspace.Output);
        var scanned = 0;
        foreach (var page in site.HtmlFiles)
        {
            var document = site.Page(page);
            Assert.All(document.QuerySelectorAll("script"), s => Assert.Matches(@"assets/(handbook|search|study/[a-z]+|vendor/ts-fsrs/ts-fsrs-5\.4\.2\.umd)\.js$", s.GetAttribute("src")));
            Assert.Empty(document.QuerySelectorAll("iframe, img, object, embed"));
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{page}: {element.LocalName} has {attribute.Name}");
                    if (UrlAttributes.Contains(attribute.Name))
                        Assert.DoesNotContain("javascript:", attribute.Value.Replace(" ", "").ToLowerInvariant());
                }
            }

            scanned++;
        }

        Assert.True(scanned >= 9);
        var evil = site.Page("alpha/evil/index.html");
        Assert.Equal("Evil <script>alert('q')</script> question?", evil.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert('flow')</script>", evil.QuerySelector(".diagram-flow")!.TextContent);
    }
}
