// Script in content never reaches the built HTML alive: raw HTML is escaped and script URLs are dropped.
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class SecurityTests
{
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
        Assert.Empty(LiveScript.Find(site));
        Assert.Empty(site.HtmlFiles.SelectMany(page => site.Page(page).QuerySelectorAll("iframe, img, object, embed")));
        Assert.True(site.HtmlFiles.Count >= 9);
        var evil = site.Page("alpha/evil/index.html");
        Assert.Equal("Evil <script>alert('q')</script> question?", evil.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert('flow')</script>", evil.QuerySelector(".diagram-flow")!.TextContent);
    }
}
