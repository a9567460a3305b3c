// A fork that answers in STAR rather than CARL: its phases are coloured by position and keyed in a legend, with no CSS of its own;
// a fork with no shape gets finished neutral flows.
using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class StarShapeTests(HandbookSiteFixture site)
{
    private const string Star = """
        shapes:
          - id: star
            name: STAR
            summary: Situation, Task, Action, Result.
            phases:
              - id: situation
                name: Situation
              - id: task
                name: Task
              - id: action
                name: Action
                share: 60
              - id: result
                name: Result
        """;

    [Fact]
    public async Task A_star_shaped_fork_gets_coloured_labelled_diagrams_with_a_legend()
    {
        using var workspace = new Workspace();
        var handbook = File.ReadAllText(workspace["content/handbook.yml"]);
        workspace.Write("content/handbook.yml", handbook[..handbook.IndexOf("shapes:", StringComparison.Ordinal)] + Star + "\n");
        workspace.Edit("content/areas/alpha/area.yml", "shape: carl", "shape: star");
        workspace.Write("content/areas/alpha/questions/01-first.yml", """
            question: Tell me about the first thing.
            summary: The first question's summary.
            flow:
              - label: The outage
                phase: situation
              - label: Task
                phase: task
              - label: Roll back
                phase: action
              - label: Fix the cause
                phase: action
              - label: Fewer pages
                phase: result
            how_to_answer:
              - First answer bullet.
            evidence:
              - source: dashboards
                pull: from the dashboards.
            """);
        var result = workspace.Build();
        Assert.True(result.ExitCode == 0, result.Stderr);

        await using var server = await SiteServer.StartAsync(workspace.Output);
        var (page, problems) = await site.OpenAsync(width: 1280);
        await page.GotoAsync(server.BaseUrl + "alpha/first/");

        // Each box is filled with its phase's colour, the four phases with four different ones, none of them the neutral fill.
        var fills = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.diagram-rows .diagram-box')].map(b => getComputedStyle(b).fill)");
        var neutral = await page.EvaluateAsync<string>(
            "(() => { const d = document.createElement('div'); d.style.color = 'var(--phase-none-bg)'; document.body.append(d); return getComputedStyle(d).color; })()");
        Assert.Equal(5, fills.Length);
        Assert.DoesNotContain(neutral, fills);
        Assert.Equal(4, fills.Distinct().Count());
        Assert.Equal(fills[2], fills[3]); // both Action steps

        // Labelled: a step's phase is drawn unless its label already says it ("Task").
        var tags = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.diagram-rows .diagram-tag')].map(t => t.textContent)");
        Assert.Equal(["Situation", "Action", "Action", "Result"], tags);

        // A band over the run of Action steps gives the shape's share, in the phase's colour; the run wraps after its first step
        // (three boxes a row), so it goes on, unlabelled, on the second row.
        var bands = await page.EvaluateAsync<string[][]>(
            "[...document.querySelectorAll('.diagram-rows .diagram-band')].map(b => [b.querySelector('text')?.textContent ?? '', getComputedStyle(b.querySelector('rect')).fill])");
        Assert.Equal([["Action ~60%", fills[2]], ["", fills[2]]], bands);

        // The legend names each phase in its box's colour, with the shape's share.
        var legend = await page.EvaluateAsync<string[][]>(
            "[...document.querySelectorAll('.diagram-legend li')].map(li => [li.textContent.trim(), getComputedStyle(li).backgroundColor])");
        Assert.Equal(["Situation", "Task", "Action ~60% of your words", "Result"], legend.Select(l => l[0]));
        Assert.Equal(fills.Distinct(), legend.Select(l => l[1]));
        Assert.Empty(problems);
    }

    // The WCAG contrast ratio of two computed rgb() colours.
    private const string Contrast = """
        ([a, b]) => { const lum = c => { const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b; }; const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); }
        """;

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task A_fork_without_a_shape_gets_neutral_flows_with_edges_that_show_and_no_phase_marks(ColorScheme scheme)
    {
        using var workspace = new Workspace();
        workspace.Edit("content/areas/alpha/area.yml", "shape: carl\n", "");
        foreach (var file in Directory.GetFiles(workspace["content/areas/alpha/questions"]))
            File.WriteAllLines(file, File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("phase:", StringComparison.Ordinal)));
        var result = workspace.Build();
        Assert.True(result.ExitCode == 0, result.Stderr);

        await using var server = await SiteServer.StartAsync(workspace.Output);
        var (page, problems) = await site.OpenAsync(width: 1280, scheme: scheme);
        await page.GotoAsync(server.BaseUrl + "alpha/first/");
        var boxes = await page.EvaluateAsync<string[][]>(
            "[...document.querySelectorAll('.diagram-rows .diagram-box')].map(b => [getComputedStyle(b).fill, getComputedStyle(b).stroke, getComputedStyle(document.body).backgroundColor])");
        Assert.NotEmpty(boxes);
        var neutral = await page.EvaluateAsync<string>(
            "(() => { const d = document.createElement('div'); d.style.color = 'var(--phase-none-bg)'; document.body.append(d); return getComputedStyle(d).color; })()");
        Assert.All(boxes, b => Assert.Equal(neutral, b[0]));
        // Finished, not faint: the edge stands out from the page as a control's border must (3:1), and the box from the page too.
        foreach (var b in boxes)
            Assert.True(await page.EvaluateAsync<double>(Contrast, new[] { b[1], b[2] }) >= 3, $"edge {b[1]} on {b[2]}");
        Assert.All(boxes, b => Assert.NotEqual(b[2], b[0]));
        Assert.Equal(0, await page.Locator(".diagram-tag, .diagram-band, .diagram-legend").CountAsync());
        Assert.Empty(problems);
    }
}
