// The colours diagrams.css uses, read from theme.css: text at least 4.5:1, box edges and arrows at least 3:1, light and dark.
using Handbook.Tests.Support;
using Xunit.Abstractions;

namespace Handbook.Tests;

public class ThemeContrastTests(ITestOutputHelper output)
{
    private static readonly string[] Phases = ["1", "2", "3", "4", "5", "6", "none"];

    public static TheoryData<string> Schemes() => ["light", "dark"];

    private static ThemeColours Scheme(string name)
    {
        var (light, dark) = ThemeColours.Read(File.ReadAllText(Path.Combine(RepoPaths.Assets, "theme.css")));
        return name == "light" ? light : dark;
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Diagram_text_edges_and_arrows_meet_wcag_contrast(string scheme)
    {
        var c = Scheme(scheme);
        var checks = new List<(string Pair, double Ratio, double Minimum)>();
        void Check(string fg, string bg, double minimum) => checks.Add(($"{fg} on {bg}", ThemeColours.Contrast(c[fg], c[bg]), minimum));

        foreach (var phase in Phases)
        {
            Check("diagram-text", $"phase-{phase}-bg", 4.5);          // labels and titles
            Check("diagram-muted", $"phase-{phase}-bg", 4.5);         // phase tags and taglines
            Check($"phase-{phase}-edge", "bg", 3);                    // the box edge against the page
            Check($"phase-{phase}-edge", $"phase-{phase}-bg", 3);     // ... and against its own fill
            Check($"phase-{phase}-edge", "diagram-badge-bg", 3);      // the number badge's ring
        }

        Check("diagram-text", "diagram-badge-bg", 4.5);               // step numbers
        Check("diagram-arrow", "bg", 3);                              // arrows and elbows

        foreach (var (pair, ratio, minimum) in checks) output.WriteLine($"{scheme}: {pair}: {ratio:0.00}:1 (needs {minimum}:1)");
        Assert.All(checks, check => Assert.True(check.Ratio >= check.Minimum, $"{scheme}: {check.Pair} is {check.Ratio:0.00}:1"));
    }

    [Fact]
    public void Diagrams_css_colours_only_through_those_custom_properties()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Assets, "diagrams.css"));
        foreach (var property in new[] { "--diagram-text", "--diagram-muted", "--diagram-arrow", "--diagram-badge-bg" })
            Assert.Contains($"var({property})", css);
        foreach (var phase in Phases)
            Assert.Contains($"var(--phase-{phase}-bg)", css);
        Assert.DoesNotMatch(@"#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(", css);
        Assert.Contains("@media (forced-colors: active)", css);
        Assert.Contains("CanvasText", css);
    }
}
