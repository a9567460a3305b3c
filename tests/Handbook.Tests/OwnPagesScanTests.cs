// The build reads its own pages with the one-pass tag scanner: on every page it writes, it finds what the full HTML tree finds.
using Handbook.Core;
using Handbook.Links;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class OwnPagesScanTests
{
    [Theory]
    [Trait(RealContent.Trait, RealContent.Category)]
    [InlineData(null)]
    [InlineData("/REPO/")]
    public void On_every_page_of_the_real_handbook_the_tag_scanner_finds_the_links_anchors_and_problems_the_tree_finds(string? basePath)
    {
        using var workspace = new Workspace(RepoPaths.Content);
        Assert.Equal(0, workspace.Build(new BuildOptions { BasePath = basePath, CheckLinks = false }).ExitCode);

        var pages = Directory.EnumerateFiles(workspace.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var tree = LinkCollector.Html(page, html);
            var scanned = LinkCollector.Html(page, html, ownPage: true);

            Assert.NotEmpty(tree.Links);
            Assert.Equal(tree.Links, scanned.Links);
            Assert.Equal(tree.Anchors.Order(StringComparer.Ordinal), scanned.Anchors.Order(StringComparer.Ordinal));
            Assert.Equal(tree.BaseHref, scanned.BaseHref);
            Assert.Equal(tree.Problems, scanned.Problems);
        }
    }
}
