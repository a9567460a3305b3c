// Screenshots of every page type at 375 and 1280 px, light and dark, written outside the repository for a person to look at.
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class ScreenshotTests(HandbookSiteFixture site)
{
    /// <summary>HANDBOOK_SCREENSHOTS names the folder; by default a folder in the system temp directory.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("HANDBOOK_SCREENSHOTS") ?? Path.Combine(Path.GetTempPath(), "handbook-screenshots");

    [Fact]
    public async Task Every_page_type_is_screenshotted_at_phone_and_desktop_widths_in_light_and_dark()
    {
        Directory.CreateDirectory(Folder);
        var written = new List<string>();
        foreach (var path in PageTypes.Paths)
        foreach (var width in new[] { 375, 1280 })
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var (page, problems) = await site.OpenAsync(width: width, height: 900, scheme: scheme);
            await page.GotoAsync(site.Server.BaseUrl + path);
            var name = (path.Length == 0 ? "home" : path.TrimEnd('/').Replace('/', '-')) + $"-{width}-{scheme.ToString().ToLowerInvariant()}.png";
            var file = Path.Combine(Folder, name);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            await page.Context.CloseAsync();
            Assert.True(new FileInfo(file).Length > 10_000, $"{name} looks empty");
            written.Add(file);
        }

        Assert.Equal(PageTypes.Paths.Length * 4, written.Count);
    }
}
