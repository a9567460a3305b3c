// The site's address is resolved in one place: --base-path over handbook.yml's base_path, and the absolute root from --base-url.
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Tests;

public class SiteAddressTests
{
    [Theory]
    [InlineData(null, null, null, "/", null)]
    [InlineData(null, "REPO", null, "/REPO/", null)]
    [InlineData("/cli/", "/yml/", null, "/cli/", null)]
    [InlineData(null, "/REPO/", "https://owner.github.io", "/REPO/", "https://owner.github.io/REPO/")]
    [InlineData("/", "/REPO/", "https://handbook.example.com/", "/", "https://handbook.example.com/")]
    [InlineData("/REPO/", null, "https://owner.github.io/other", "/REPO/", "https://owner.github.io/other/")]
    public void The_command_line_wins_and_a_base_url_without_a_path_takes_the_base_path(
        string? cliPath, string? ymlPath, string? baseUrl, string basePath, string? absoluteRoot)
    {
        var address = SiteAddress.Of(new BuildOptions { BasePath = cliPath, BaseUrl = baseUrl }, new HandbookSettings { BasePath = ymlPath });
        Assert.Equal(new SiteAddress(basePath, absoluteRoot), address);
    }

    [Fact]
    public void Command_line_values_are_checked_by_one_rule_for_every_command()
    {
        Assert.Null(SiteAddress.BasePathProblem("/REPO/"));
        Assert.Equal("--base-path must be a URL path such as /REPO/: it may not contain '//'.", SiteAddress.BasePathProblem("//evil.example/"));
        Assert.Null(SiteAddress.BaseUrlProblem("https://owner.github.io/REPO/"));
        Assert.Equal("--base-url must be an absolute http(s) URL such as https://OWNER.github.io/REPO/, not 'ftp://x/'.", SiteAddress.BaseUrlProblem("ftp://x/"));
    }
}
