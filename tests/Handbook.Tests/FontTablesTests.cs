// The generated width table must say what the self-hosted font files say, and diagrams.css must name those files and faces.
using FontMetricsGenerator;
using Handbook.Diagrams;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class FontTablesTests
{
    [Theory]
    [InlineData(400, "atkinson-hyperlegible-latin-400-normal.woff2")]
    [InlineData(700, "atkinson-hyperlegible-latin-700-normal.woff2")]
    public void The_table_holds_the_advances_of_the_served_font_file(int weight, string file)
    {
        var fromFile = FaceReader.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Assets, "fonts", file)));
        var face = Assert.Single(FontTables.Faces, f => f.Family == "Atkinson Hyperlegible" && f.Weight == weight);
        Assert.Equal(file, face.Source);
        Assert.Equal(fromFile.UnitsPerEm, face.UnitsPerEm);
        Assert.Equal(fromFile.Ascent, face.Ascent);
        Assert.Equal(fromFile.Descent, face.Descent);
        Assert.Equal(fromFile.Advances.OrderBy(a => a.Key), face.Advances.OrderBy(a => a.Key));
        Assert.True(face.Advances.Count > 200, "the Latin subset maps ASCII, Latin-1 and general punctuation");
    }

    [Fact]
    public void Every_measured_width_is_the_widest_of_the_faces()
    {
        foreach (var c in "AW il.—Éœ")
            foreach (var weight in new[] { 400, 700 })
            {
                var expected = FontTables.Faces.Where(f => f.Weight == weight).Max(f => f.Advances[c] / (double)f.UnitsPerEm) * 10;
                Assert.Equal(expected, FontMetrics.Default.Width(c.ToString(), 10, weight), 9);
            }
    }

    [Fact]
    public void Diagrams_css_serves_those_files_and_lists_the_measured_families()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Assets, "diagrams.css"));
        foreach (var face in FontTables.Faces.Where(f => f.Source.EndsWith(".woff2", StringComparison.Ordinal)))
        {
            Assert.Contains($"url(\"fonts/{face.Source}\")", css);
            Assert.True(File.Exists(Path.Combine(RepoPaths.Assets, "fonts", face.Source)));
        }

        var stack = css[css.IndexOf("font-family: \"Atkinson Hyperlegible\", ", StringComparison.Ordinal)..];
        stack = stack[..stack.IndexOf(';')];
        foreach (var family in FontTables.Faces.Select(f => f.Family).Distinct())
            Assert.Contains($"\"{family}\"", stack);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Assets, "fonts", "atkinson-hyperlegible-OFL.txt")));
    }
}
