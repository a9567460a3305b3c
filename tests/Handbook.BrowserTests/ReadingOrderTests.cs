// Following "Next" from the home page reads the whole handbook: every area, question, quick-fire question and closing tip, in order.
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class ReadingOrderTests(HandbookSiteFixture site)
{
    // The link of the stop in view: the quick-fire question or closing tip the URL names, or else the page's own.
    private const string StopLink = """
        dir => {
          const id = decodeURIComponent(location.hash.slice(1));
          const stop = id ? document.getElementById(id)?.closest('.quick, .closing') : null;
          const links = [...(stop ?? document).querySelectorAll(`main a[data-reading=${dir}]`)].filter(a => stop || !a.closest('.quick, .closing'));
          if (links.length === 0) return null;
          document.querySelectorAll('[data-under-test]').forEach(e => e.removeAttribute('data-under-test'));
          links[0].setAttribute('data-under-test', '');
          return links[0].href;
        }
        """;

    private static string Normalise(string url) => url.Replace("/index.html", "/");

    /// <summary>The expected order, read from the built pages themselves: each area of the sidebar, then its question list,
    /// its quick-fire questions and its closing tip as the area page shows them.</summary>
    private async Task<List<string>> ExpectedAsync(IPage page)
    {
        await page.GotoAsync(site.Server.BaseUrl);
        var areas = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.sidebar .nav-list > li > a')].map(a => a.href).filter(h => h !== location.href && !h.includes('/sources/'))");
        var expected = new List<string>();
        foreach (var area in areas)
        {
            await page.GotoAsync(area);
            expected.Add(Normalise(area));
            expected.AddRange((await page.EvaluateAsync<string[]>("""
                [...document.querySelectorAll('.question-list h3 a')].map(a => a.href)
                  .concat([...document.querySelectorAll('.quick h3[id]')].map(h => location.href.split('#')[0] + '#' + h.id))
                  .concat(document.getElementById('before-the-loop') ? [location.href.split('#')[0] + '#before-the-loop'] : [])
                """)).Select(Normalise));
        }

        return expected;
    }

    [Fact]
    public async Task Next_from_the_home_page_visits_every_question_and_quick_fire_question_and_ends_before_the_loop()
    {
        var (page, problems) = await site.OpenAsync();
        var expected = await ExpectedAsync(page);
        Assert.Contains(expected, u => u.Contains("#quick-", StringComparison.Ordinal)); // the real handbook has quick-fire questions

        await page.GotoAsync(site.Server.BaseUrl);
        var visited = new List<string>();
        var previous = Normalise(page.Url);
        for (var i = 0; i < expected.Count + 5; i++)
        {
            var next = await page.EvaluateAsync<string?>(StopLink, "next");
            if (next is null) break;
            await page.Locator("[data-under-test]").ClickAsync();
            await page.WaitForURLAsync(next);
            visited.Add(Normalise(page.Url));

            // Previous leads back to where "next" came from.
            var back = await page.EvaluateAsync<string?>(StopLink, "prev");
            Assert.Equal(previous, back is null ? null : Normalise(back));
            previous = Normalise(page.Url);
        }

        Assert.Equal(expected, visited);
        Assert.EndsWith("#before-the-loop", visited[^1]);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_sidebar_of_an_area_links_its_quick_fire_questions_its_closing_tip_and_its_print_page()
    {
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + PageTypes.Question);
        var links = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.sidebar a')].map(a => a.getAttribute('href'))");
        var quick = await page.EvaluateAsync<int>("fetch(document.querySelector('.breadcrumb li:nth-child(2) a').href).then(r => r.text()).then(t => (t.match(/class=\"quick\"/g) || []).length)");
        Assert.True(quick > 0);
        Assert.Equal(quick, links.Count(l => l.Contains("#quick-", StringComparison.Ordinal)));
        Assert.Contains(links, l => l.EndsWith("#before-the-loop", StringComparison.Ordinal));
        Assert.Contains(links, l => l.EndsWith("/print/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.EndsWith("sources/", StringComparison.Ordinal));
    }
}
