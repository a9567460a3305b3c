// In Chromium, on every page with a diagram, at 320/768/1280 px, light and dark, with the web font and without: text stays in its box.
using System.Text.Json;
using System.Text.RegularExpressions;
using Handbook.Diagrams;
using Handbook.Tests.Support;
using Microsoft.Playwright;

namespace Handbook.BrowserTests;

[Collection(HandbookSiteCollection.Name)]
public class DiagramFitTests(HandbookSiteFixture site)
{
    private static readonly int[] Widths = [320, 768, 1280];
    private static readonly ColorScheme[] Schemes = [ColorScheme.Light, ColorScheme.Dark];
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Runs in the page: every visible diagram's text boxes against their step box, the rendered font sizes, the fonts' state.</summary>
    private const string Measure = """
        async () => {
          const faces = [...document.fonts].filter(f => f.family.replace(/"/g, '') === 'Atkinson Hyperlegible');
          await Promise.all(faces.map(f => f.load().catch(() => null)));
          await document.fonts.ready;
          const problems = [];
          const visible = [];
          let minFontPx = Infinity, texts = 0;
          for (const svg of document.querySelectorAll('svg.diagram-svg')) {
            if (getComputedStyle(svg).display === 'none') continue;
            visible.push(svg.classList.contains('diagram-rows') ? 'rows' : 'column');
            const scale = svg.getScreenCTM().a;
            for (const step of svg.querySelectorAll('g.diagram-step')) {
              const box = step.querySelector('rect.diagram-box').getBoundingClientRect();
              const badge = step.querySelector('circle.diagram-badge').getBoundingClientRect();
              for (const text of step.querySelectorAll('text')) {
                texts++;
                const r = text.getBoundingClientRect();
                const outer = text.classList.contains('diagram-number') ? badge : box;
                if (r.left < outer.left - 1 || r.top < outer.top - 1 || r.right > outer.right + 1 || r.bottom > outer.bottom + 1)
                  problems.push(`${text.textContent} [${r.left.toFixed(1)},${r.top.toFixed(1)},${r.right.toFixed(1)},${r.bottom.toFixed(1)}] outside [${outer.left.toFixed(1)},${outer.top.toFixed(1)},${outer.right.toFixed(1)},${outer.bottom.toFixed(1)}]`);
                minFontPx = Math.min(minFontPx, parseFloat(getComputedStyle(text).fontSize) * scale);
              }
            }
          }
          return { problems, visible, minFontPx, texts, fonts: faces.map(f => `${f.weight}:${f.status}`).sort(),
                   used: getComputedStyle(document.querySelector('.diagram-svg text')).fontFamily };
        }
        """;

    private sealed record Result(string[] Problems, string[] Visible, double MinFontPx, int Texts, string[] Fonts, string Used);

    private static IReadOnlyList<string> DiagramPages(string root) =>
        [.. new BuiltSite(root).HtmlFiles.Where(p => File.ReadAllText(Path.Combine(root, p)).Contains("class=\"diagram-svg", StringComparison.Ordinal))
            .Select(p => p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)];

    [Theory]
    [InlineData("web font")]
    [InlineData("web font blocked")]
    [InlineData("web font blocked, DejaVu Sans forced")]
    public async Task Every_text_lies_inside_its_box_at_every_width_and_scheme(string fonts)
    {
        var pages = DiagramPages(site.SiteRoot);
        Assert.Equal(7, pages.Count); // the area's spine, five question flows, and the area's print page holding all six

        var (page, problems) = await site.OpenAsync();
        if (fonts != "web font") await page.RouteAsync("**/*.woff2", route => route.AbortAsync());
        foreach (var path in pages)
            foreach (var width in Widths)
                foreach (var scheme in Schemes)
                {
                    await page.SetViewportSizeAsync(width, 900);
                    await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
                    await page.GotoAsync(site.Server.BaseUrl + path);
                    if (fonts.Contains("DejaVu", StringComparison.Ordinal))
                        // Through the CSSOM, which the site's Content-Security-Policy allows, where a <style> tag is refused.
                        await page.EvaluateAsync("() => document.querySelectorAll('.diagram-svg text').forEach(t => t.style.setProperty('font-family', '\"DejaVu Sans\"', 'important'))");
                    var result = JsonSerializer.Deserialize<Result>((await page.EvaluateAsync(Measure))!.Value.GetRawText(), Json)!;
                    var where = $"{path} at {width} px, {scheme}, {fonts}";

                    Assert.True(result.Problems.Length == 0, $"{where}: {string.Join("; ", result.Problems)}");
                    var drawn = Regex.Count(File.ReadAllText(Path.Combine(site.SiteRoot, path, "index.html")), "<div class=\"diagram diagram-");
                    Assert.Equal(Enumerable.Repeat(width >= 768 ? "rows" : "column", drawn), result.Visible);
                    Assert.True(result.MinFontPx >= 14 - 1e-6, $"{where}: text rendered at {result.MinFontPx} px");
                    Assert.True(result.Texts > 10, where);
                    Assert.Equal(fonts == "web font" ? ["400:loaded", "700:loaded"] : ["400:error", "700:error"], result.Fonts);
                }

        // The only failures are the fonts this run blocked (Chromium logs each to the console without its URL).
        Assert.All(problems, p => Assert.True(p.Contains(".woff2", StringComparison.Ordinal) || p.Contains("net::ERR_FAILED", StringComparison.Ordinal), p));
        if (fonts == "web font") Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_hidden_variant_is_out_of_the_accessibility_tree()
    {
        var (page, _) = await site.OpenAsync(320);
        await page.GotoAsync(site.Server.BaseUrl + "reliability-sre/major-incident/");
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            var snapshot = await page.Locator(".diagram").AriaSnapshotAsync();
            Assert.Equal(1, snapshot.Split('\n').Count(l => l.TrimStart().StartsWith("- img \"The flow, in 8 steps\"", StringComparison.Ordinal)));
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Chromium_measures_the_web_font_exactly_as_the_width_table_says()
    {
        var (page, _) = await site.OpenAsync();
        await page.GotoAsync(site.Server.BaseUrl + "reliability-sre/");
        foreach (var face in FontTables.Faces.Where(f => f.Family == "Atkinson Hyperlegible"))
        {
            // Control and format characters (soft hyphen, joiners, BOM) draw nothing in a browser; the table over-counts them, which is safe.
            var codePoints = face.Advances.Keys.Where(c => c >= 0x20 && !char.IsControl((char)c)
                && char.GetUnicodeCategory((char)c) != System.Globalization.UnicodeCategory.Format).Order().ToArray();
            var widths = await page.EvaluateAsync<double[]>("""
                async ([weight, codePoints]) => {
                  const text = String.fromCodePoint(...codePoints);
                  await document.fonts.load(`${weight} 16px "Atkinson Hyperlegible"`, text);
                  const ctx = document.createElement('canvas').getContext('2d');
                  ctx.font = `${weight} 1000px "Atkinson Hyperlegible"`;
                  return codePoints.map(c => ctx.measureText(String.fromCodePoint(c)).width);
                }
                """, new object[] { face.Weight, codePoints });
            var mismatches = codePoints.Select((c, i) => (c, expected: face.Advances[c] * 1000.0 / face.UnitsPerEm, actual: widths[i]))
                .Where(m => Math.Abs(m.expected - m.actual) > 0.5).Select(m => $"U+{m.c:X4} {m.expected} != {m.actual}").ToList();
            Assert.True(mismatches.Count == 0, $"{face.Weight}: {string.Join(", ", mismatches)}");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Forced_colours_mode_draws_every_box_text_and_arrow_in_system_colours()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ForcedColors = ForcedColors.Active });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + "reliability-sre/major-incident/");
        var colours = await page.EvaluateAsync<string[][]>("""
            () => {
              const probe = document.createElement('div');
              document.body.append(probe);
              probe.style.color = 'CanvasText'; probe.style.backgroundColor = 'Canvas';
              const system = [getComputedStyle(probe).backgroundColor, getComputedStyle(probe).color];
              const svg = [...document.querySelectorAll('svg.diagram-svg')].find(s => getComputedStyle(s).display !== 'none');
              const fills = [...svg.querySelectorAll('.diagram-box, .diagram-badge')].map(e => getComputedStyle(e).fill);
              const strokes = [...svg.querySelectorAll('.diagram-box, .diagram-badge, .diagram-arrow')].map(e => getComputedStyle(e).stroke);
              const texts = [...svg.querySelectorAll('text, .diagram-arrowhead')].map(e => getComputedStyle(e).fill);
              return [system, fills, strokes, texts];
            }
            """);
        var (canvas, canvasText) = (colours[0][0], colours[0][1]);
        Assert.NotEqual(canvas, canvasText);
        Assert.All(colours[1], fill => Assert.Equal(canvas, fill));
        Assert.All(colours[2], stroke => Assert.Equal(canvasText, stroke));
        Assert.All(colours[3], fill => Assert.Equal(canvasText, fill));
        Assert.True(colours[1].Length >= 16);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Printing_from_dark_mode_uses_the_light_palette()
    {
        var (page, _) = await site.OpenAsync(1280, 900, ColorScheme.Dark);
        await page.GotoAsync(site.Server.BaseUrl + "reliability-sre/major-incident/");
        const string Colours = "() => [...document.querySelectorAll('svg.diagram-rows :is(.diagram-box, .diagram-badge, text, .diagram-arrow)')].map(e => { const s = getComputedStyle(e); return s.fill + ' ' + s.stroke; })";
        var darkScreen = await page.EvaluateAsync<string[]>(Colours);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print, ColorScheme = ColorScheme.Dark });
        var darkPrint = await page.EvaluateAsync<string[]>(Colours);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print, ColorScheme = ColorScheme.Light });
        var lightPrint = await page.EvaluateAsync<string[]>(Colours);

        Assert.NotEqual(darkScreen, darkPrint);
        Assert.Equal(lightPrint, darkPrint);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Axe_finds_no_violation_in_the_diagrams(int width)
    {
        var (page, _) = await site.OpenAsync(width);
        foreach (var path in new[] { "reliability-sre/", "reliability-sre/major-incident/" }) // a spine and a flow with phases; axe is slow
        {
            await page.GotoAsync(site.Server.BaseUrl + path);
            var context = new Deque.AxeCore.Commons.AxeRunContext { Include = [new Deque.AxeCore.Commons.AxeSelector(".diagram")] };
            var results = await Deque.AxeCore.Playwright.PageExtensions.RunAxe(page, context);
            Assert.True(results.Violations.Length == 0, $"{path}: " + string.Join("; ", results.Violations.Select(v => $"{v.Id}: {v.Help}")));
            Assert.NotEmpty(results.Passes);
        }

        await page.Context.CloseAsync();
    }

    /// <summary>The golden diagrams (12 steps, long words, non-ASCII, emoji...) placed into a real page of the site.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_golden_diagram_fits_in_the_browser_too(bool blockWebFont)
    {
        var (page, _) = await site.OpenAsync();
        if (blockWebFont) await page.RouteAsync("**/*.woff2", route => route.AbortAsync());
        var goldens = Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "diagrams"), "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.True(goldens.Count >= 10);
        await page.GotoAsync(site.Server.BaseUrl + "sources/");
        foreach (var golden in goldens)
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.EvaluateAsync("html => { document.querySelector('main').innerHTML = html; }", File.ReadAllText(golden));
                var result = JsonSerializer.Deserialize<Result>((await page.EvaluateAsync(Measure))!.Value.GetRawText(), Json)!;
                var where = $"{Path.GetFileName(golden)} at {width} px{(blockWebFont ? ", web font blocked" : "")}";
                Assert.True(result.Problems.Length == 0, $"{where}: {string.Join("; ", result.Problems)}");
                Assert.Equal([width >= 768 ? "rows" : "column"], result.Visible);
                Assert.True(result.MinFontPx >= 14 - 1e-6, $"{where}: text rendered at {result.MinFontPx} px");
            }

        await page.Context.CloseAsync();
    }
}
