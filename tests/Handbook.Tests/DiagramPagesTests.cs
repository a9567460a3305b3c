// The built site's diagrams: well-formed XML, ids unique per page, every aria reference resolves, byte-identical across builds.
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class DiagramPagesTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string[] AriaReferences = ["aria-labelledby", "aria-describedby"];

    private static Dictionary<string, List<string>> DiagramsByPage(Workspace workspace)
    {
        var result = workspace.Build();
        Assert.True(result.ExitCode == 0, result.Stderr);
        var site = new BuiltSite(workspace.Output);
        return site.HtmlFiles.ToDictionary(p => p, p => Regex.Matches(File.ReadAllText(Path.Combine(site.Root, p)), "<svg[\\s\\S]*?</svg>")
            .Select(m => m.Value).Where(s => s.Contains("class=\"diagram-svg", StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public void Every_diagram_parses_as_xml_with_unique_ids_and_resolving_aria_references()
    {
        using var workspace = new Workspace(RepoPaths.FrozenHandbook);
        var pages = DiagramsByPage(workspace);
        var site = new BuiltSite(workspace.Output);

        var withDiagrams = pages.Where(p => p.Value.Count > 0).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["reliability-sre/index.html", "reliability-sre/major-incident/index.html", "reliability-sre/on-call-toil/index.html",
            "reliability-sre/philosophy/index.html", "reliability-sre/print/index.html", "reliability-sre/reliability-investment/index.html",
            "reliability-sre/slos-error-budgets/index.html"], withDiagrams);

        foreach (var page in withDiagrams)
        {
            // Rows and column of each diagram: the print page holds the area's spine and its five questions' flows.
            Assert.Equal(page.EndsWith("print/index.html", StringComparison.Ordinal) ? 12 : 2, pages[page].Count);
            foreach (var markup in pages[page])
            {
                var svg = XElement.Parse(markup); // throws on anything that is not well-formed XML
                Assert.Equal(Svg + "svg", svg.Name);
                var steps = svg.Elements(Svg + "g").Count(g => ((string?)g.Attribute("class"))?.StartsWith("diagram-step", StringComparison.Ordinal) == true);
                Assert.StartsWith($"{steps} steps, in order: 1. ", svg.Element(Svg + "desc")!.Value);
            }

            var document = site.Page(page);
            var ids = document.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            foreach (var element in document.QuerySelectorAll("[aria-labelledby], [aria-describedby]"))
                foreach (var reference in AriaReferences.Select(element.GetAttribute).OfType<string>()
                    .SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                    Assert.True(document.GetElementById(reference) is not null, $"{page}: '{reference}' does not resolve");
        }

        // The question's flow labels are in its description, in order; a phase the label already names is not said twice (issue 14).
        var incident = XElement.Parse(pages["reliability-sre/major-incident/index.html"][0]).Element(Svg + "desc")!.Value;
        Assert.Equal("8 steps, in order: 1. Context. 2. Mitigate first (phase: Actions). 3. Set clear roles (phase: Actions). "
            + "4. One source of truth (phase: Actions). 5. Blameless root cause (phase: Actions). 6. Durable fixes (phase: Actions). "
            + "7. Result. 8. Learning.", incident);
    }

    [Fact]
    public void Two_builds_give_byte_identical_diagrams()
    {
        using var first = new Workspace(RepoPaths.FrozenHandbook);
        using var second = new Workspace(RepoPaths.FrozenHandbook);
        var a = DiagramsByPage(first);
        var b = DiagramsByPage(second);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var page in a.Keys) Assert.Equal(a[page], b[page]);
        Assert.Equal(24, a.Values.Sum(v => v.Count)); // 12 on their own pages, 12 again on the print page
    }
}
