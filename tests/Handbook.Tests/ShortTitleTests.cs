// A question's short_title names it where space is short (sidebar, breadcrumb, previous/next); the page itself keeps the question.
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class ShortTitleTests
{
    [Fact]
    public void The_short_title_is_used_in_the_sidebar_breadcrumb_and_pager_and_the_question_stays_the_heading()
    {
        using var workspace = new Workspace();
        workspace.Edit("content/areas/alpha/questions/01-first.yml", "question: Tell me about the first thing.\n",
            "question: Tell me about the first thing.\nshort_title: The first thing\n");
        Assert.Equal(0, workspace.Build().ExitCode);
        var site = new BuiltSite(workspace.Output);

        var first = site.Page("alpha/first/index.html");
        Assert.Equal("Tell me about the first thing.", first.QuerySelector("h1")!.TextContent);
        Assert.Equal("The first thing", first.QuerySelector(".sidebar a[aria-current=page]")!.TextContent);
        Assert.Equal("The first thing", first.QuerySelector(".breadcrumb [aria-current=page]")!.TextContent);

        var second = site.Page("alpha/second/index.html");
        Assert.EndsWith(" The first thing", second.QuerySelector(".pager a[rel=prev]")!.TextContent);
        Assert.Contains("The first thing", site.Page("alpha/index.html").QuerySelector(".pager a[rel=next]")!.TextContent);
    }

    [Fact]
    public void Without_a_short_title_the_question_names_itself()
    {
        using var workspace = new Workspace();
        Assert.Equal(0, workspace.Build().ExitCode);
        var first = new BuiltSite(workspace.Output).Page("alpha/first/index.html");
        Assert.Equal("Tell me about the first thing.", first.QuerySelector(".sidebar a[aria-current=page]")!.TextContent);
    }

    [Fact]
    public void A_short_title_on_several_lines_is_a_located_error()
    {
        using var workspace = new Workspace();
        workspace.Edit("content/areas/alpha/questions/01-first.yml", "question: Tell me about the first thing.\n",
            "question: Tell me about the first thing.\nshort_title: \"The first\\nthing\"\n");
        var result = workspace.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.StartsWith("content/areas/alpha/questions/01-first.yml(3,14): error HB0075:", StringComparison.Ordinal)
            && d.Contains("on several lines", StringComparison.Ordinal));
    }
}
