// Golden files: each case's SVG must match Fixtures/diagrams/<case>.html byte for byte (HANDBOOK_UPDATE_EXPECTED=1 rewrites them).
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Handbook.Diagrams;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class DiagramGoldenTests
{
    public static TheoryData<string> Cases() => DiagramCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagram_matches_its_golden_file(string name)
    {
        var (kind, title, steps) = DiagramCases.All[name];
        var (diagram, failure) = DiagramRenderer.Default.Draw(kind, title, steps);
        Assert.Null(failure);
        var html = diagram!.Markup;

        var expected = Path.Combine(RepoPaths.Fixtures, "diagrams", name + ".html");
        if (Environment.GetEnvironmentVariable("HANDBOOK_UPDATE_EXPECTED") == "1")
        {
            expected = Path.Combine(RepoPaths.Root, "tests", "Handbook.Tests", "Fixtures", "diagrams", name + ".html");
            File.WriteAllText(expected, html + "\n");
        }

        Assert.Equal(File.ReadAllText(expected), html + "\n");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagram_is_themeable_accessible_svg_without_colours_or_script(string name)
    {
        var (kind, title, steps) = DiagramCases.All[name];
        var html = DiagramRenderer.Default.Draw(kind, title, steps).Diagram!.Markup;
        var root = XElement.Parse(html);
        XNamespace svg = "http://www.w3.org/2000/svg";
        var drawings = root.Elements(svg + "svg").ToList();
        Assert.Equal(["diagram-svg diagram-rows", "diagram-svg diagram-column"], drawings.Select(d => (string?)d.Attribute("class")));

        foreach (var drawing in drawings)
        {
            Assert.Equal("img", (string?)drawing.Attribute("role"));
            var titleEl = drawing.Element(svg + "title")!;
            var descEl = drawing.Element(svg + "desc")!;
            Assert.Equal((string?)titleEl.Attribute("id"), (string?)drawing.Attribute("aria-labelledby"));
            Assert.Equal((string?)descEl.Attribute("id"), (string?)drawing.Attribute("aria-describedby"));
            Assert.Equal(title, titleEl.Value);

            // The description names every step in order, with its phase.
            var position = 0;
            foreach (var (step, i) in steps.Select((s, i) => (s, i)))
            {
                var entry = $"{i + 1}. {FontMetrics.Normalise(step.Title)}" + (step.PhaseName is { } p ? $" (phase: {p})" : "");
                var at = descEl.Value.IndexOf(entry, position, StringComparison.Ordinal);
                Assert.True(at >= position, $"desc lacks '{entry}' after position {position}: {descEl.Value}");
                position = at + entry.Length;
            }

            // One group per step (bands behind runs of a phase are groups of their own); a phase is shown as a visible tag, not by colour alone.
            var groups = drawing.Elements(svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("diagram-step", StringComparison.Ordinal) == true).ToList();
            Assert.Equal(steps.Length, groups.Count);
            foreach (var (group, step) in groups.Zip(steps))
            {
                Assert.Contains($"phase-{step.Phase ?? "none"}", (string?)group.Attribute("class"));
                if (step.PhaseName is { } phase)
                    Assert.Equal(phase, group.Elements(svg + "text").Single(t => (string?)t.Attribute("class") == "diagram-tag").Value);
            }

            // Text is never drawn below 14 px: sizes are at least 14 and the SVG's natural size is its viewBox (scale 1).
            Assert.All(drawing.Descendants(svg + "text"), t => Assert.True(double.Parse((string)t.Attribute("font-size")!) >= 14));
            var viewBox = ((string)drawing.Attribute("viewBox")!).Split(' ');
            Assert.Equal(viewBox[2], (string?)drawing.Attribute("width"));
            Assert.Equal(viewBox[3], (string?)drawing.Attribute("height"));
        }

        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName is "foreignObject" or "script" or "style");
        Assert.DoesNotContain(root.Descendants().Attributes(), a => a.Name.LocalName is "fill" or "stroke" or "style" or "color"
            || a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotMatch(new Regex(@"#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\("), html);
    }

    [Fact]
    public void Two_renders_are_byte_identical_and_ids_come_from_content()
    {
        var (kind, title, steps) = DiagramCases.All["flow-9-steps-some-phases"];
        var first = new DiagramRenderer(FontMetrics.Default).Draw(kind, title, steps).Diagram?.Markup;
        var second = new DiagramRenderer(FontMetrics.Default).Draw(kind, title, [.. steps]).Diagram?.Markup;
        Assert.Equal(first, second);

        var changed = DiagramRenderer.Default.Draw(kind, title, [steps[0] with { Title = "Context, changed" }, .. steps[1..]]).Diagram!.Markup;
        string Id(string h) => Regex.Match(h, "aria-labelledby=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEqual(Id(first!), Id(changed));
        Assert.Matches("^flow-[0-9a-f]{10}-rows-title$", Id(first!));
    }

    [Fact]
    public void Prefixing_the_ids_prefixes_every_id_and_every_reference_to_one_and_nothing_else()
    {
        var (kind, title, steps) = DiagramCases.All["flow-9-steps-some-phases"];
        var diagram = DiagramRenderer.Default.Draw(kind, title, steps).Diagram!;
        var prefixed = diagram.MarkupWithIdPrefix("q-incident--");

        static IEnumerable<string> Ids(string h) => Regex.Matches(h, "(?:id|aria-labelledby|aria-describedby)=\"([^\"]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(8, Ids(prefixed).Count()); // each of the two drawings: its title and description, and the references to them
        Assert.All(Ids(prefixed), id => Assert.StartsWith("q-incident--" + diagram.Id + "-", id));
        Assert.Equal(diagram.Markup, prefixed.Replace("q-incident--", ""));
        Assert.Equal(diagram.Markup, diagram.MarkupWithIdPrefix(""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("q-incident--")]
    public void A_template_writes_a_diagram_as_its_prefixed_markup_into_a_page_and_as_a_value(string ids)
    {
        var (kind, title, steps) = DiagramCases.All["flow-9-steps-some-phases"];
        var diagram = DiagramRenderer.Default.Draw(kind, title, steps).Diagram!;
        var diagnostics = new Handbook.Diagnostics.DiagnosticBag();
        var set = new Handbook.Templates.TemplateSet([new("t.sbn-html", "t.sbn-html", "<div>{{ d }}</div>{{ x = d }}{{ x | string.size }}"u8.ToArray())],
            diagnostics, "templates");
        var model = new Scriban.Runtime.ScriptObject { ["d"] = new Handbook.Templates.DiagramHtml(diagram, ids) };
        var expected = $"<div>{diagram.MarkupWithIdPrefix(ids)}</div>{diagram.MarkupWithIdPrefix(ids).Length}";

        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(set.RenderUtf8("t", model, diagnostics)!));
        Assert.Equal(expected, set.Render("t", model, diagnostics));
        Assert.Equal(diagram.Markup.Replace(diagram.Id, ids + diagram.Id, StringComparison.Ordinal), diagram.MarkupWithIdPrefix(ids));
    }
}
