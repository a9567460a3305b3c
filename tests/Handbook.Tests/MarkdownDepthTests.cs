// Markdown nested past 32 levels is refused when read, at its value's line, and Markdig's own depth exception never escapes.
using Handbook.Commands;
using Handbook.Markdown;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class MarkdownDepthTests
{
    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    [Theory]
    [InlineData(32, false)]
    [InlineData(33, true)]
    [InlineData(127, true)] // parsed by Markdig, measured here
    [InlineData(128, true)] // past Markdig's own limit: it throws, and that is caught
    public void Block_quotes_count_one_level_each(int depth, bool tooDeep) =>
        Assert.Equal(tooDeep, MarkdownDepth.TooDeep(Repeat("> ", depth) + "x"));

    [Fact]
    public void Lists_emphasis_and_links_count_too()
    {
        Assert.True(MarkdownDepth.TooDeep(Repeat("- ", 33) + "x"));
        Assert.True(MarkdownDepth.TooDeep(string.Join("\n", Enumerable.Range(0, 40).Select(i => new string(' ', i * 2) + "- x"))));
        Assert.True(MarkdownDepth.TooDeep(Repeat("*a ", 300) + "x" + Repeat(" a*", 300)));
        Assert.True(MarkdownDepth.TooDeep(Repeat("[", 20_000)));
        Assert.True(MarkdownDepth.TooDeep(Repeat("1. ", 33) + "x"));
        Assert.False(MarkdownDepth.TooDeep(Repeat("- ", 10) + "x"));
    }

    [Fact]
    public void A_line_of_300000_list_markers_is_refused_in_well_under_a_second()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(MarkdownDepth.TooDeep(Repeat("- ", 300_000) + "x"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}"); // Markdig alone takes about 40 s
    }

    [Fact]
    public void Many_markers_side_by_side_are_not_depth()
    {
        Assert.False(MarkdownDepth.TooDeep(string.Join("\n", Enumerable.Repeat("- **bold** and *em* - [link](/a/) - 1. x", 50))));
        Assert.False(MarkdownDepth.TooDeep(Repeat("*", 300) + "x"));
    }

    [Fact]
    public void A_deep_list_item_is_reported_at_its_own_line()
    {
        using var workspace = new Workspace();
        workspace.Edit("content/areas/alpha/questions/02-second.yml", "  - Only bullet.\n", $"  - Only bullet.\n  - \"{Repeat("[", 200)}\"\n");
        var result = workspace.Build();
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Equal(["content/areas/alpha/questions/02-second.yml(9,5): error HB0025: Item 2 of 'how_to_answer' nests Markdown deeper than 32 levels (block quotes, lists, emphasis, links)."],
            result.Diagnostics);
    }
}
