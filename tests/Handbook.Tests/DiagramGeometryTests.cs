// Geometry without a browser: every measured line fits inside its box, boxes never overlap, the viewBox holds everything.
using Handbook.Diagrams;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class DiagramGeometryTests
{
    /// <summary>Half the 2 px stroke: text must stay clear of the drawn edge, not just the geometric one.</summary>
    private const double Stroke = 1;

    public static TheoryData<string> Cases() => DiagramCases.Names();

    [Fact]
    public void Numbers_are_written_as_the_format_0_hash_hash_writes_them_rounded_half_away_from_zero()
    {
        var random = new Random(12);
        var values = new List<double> { 0, -0.0, 0.004, -0.004, 0.005, -0.005, 0.125, 1.005, 2.675, 0.1, -0.1, 0.29, 0.3, 99.995, -99.995, 1e12, -3.5e13 };
        for (var i = 0; i < 200_000; i++)
            values.Add(random.Next(4) switch { 0 => random.Next(-2000, 2000) / 100.0, 1 => random.Next(-20000, 20000) / 1000.0, 2 => (random.NextDouble() - 0.5) * 4000, _ => random.Next(-5000, 5000) });
        foreach (var value in values)
        {
            var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
            Assert.Equal((rounded == 0 ? 0 : rounded).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), SvgWriter.N(value));
        }
    }

    [Fact]
    public void A_number_written_into_too_little_room_says_so_and_into_enough_writes_itself_whole()
    {
        // As a builder's chunk does: the interpolated append falls back to the string when the room left is too small.
        foreach (var value in new[] { 0, -12.5, 1234.567, -0.004, 3.5e13 })
        {
            var text = SvgWriter.N(value);
            var room = new char[text.Length + 2];
            for (var size = 0; size < text.Length; size++)
                Assert.False(new SvgNumber(value).TryFormat(room.AsSpan(0, size), out _, default, null), $"{value} in {size}");
            Assert.True(new SvgNumber(value).TryFormat(room, out var written, default, null));
            Assert.Equal(text, new string(room, 0, written));
            Assert.Equal(text, new System.Text.StringBuilder().Append($"{new SvgNumber(value)}").ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_line_fits_its_box_and_nothing_overlaps_or_leaves_the_canvas(string name)
    {
        var (kind, _, steps) = DiagramCases.All[name];
        var (rows, column) = DiagramRenderer.Default.Layouts(kind, steps);
        Assert.NotNull(rows);
        Assert.NotNull(column);
        foreach (var layout in new[] { rows, column })
        {
            Assert.Equal(steps.Length, layout.Steps.Count);
            Assert.Equal(steps.Length - 1, layout.Connectors.Count);
            foreach (var step in layout.Steps)
            {
                var inside = step.Box with { X = step.Box.X + Stroke, Y = step.Box.Y + Stroke, Width = step.Box.Width - 2 * Stroke, Height = step.Box.Height - 2 * Stroke };
                Assert.True(layout.Canvas.Contains(Grow(step.Box, Stroke)), $"{layout.Variant} step {step.Number} box leaves the viewBox");
                Assert.True(inside.Contains(Grow(step.Badge, Stroke)), $"{layout.Variant} step {step.Number} badge leaves its box");
                Assert.NotEmpty(step.Lines);
                foreach (var line in step.Lines)
                {
                    // Re-measure independently of the layout's own figure, with the same table.
                    var width = FontMetrics.Default.Width(line.Text, line.Size, line.Weight);
                    Assert.Equal(width, line.Width, 6);
                    var bounds = line.Bounds;
                    Assert.True(inside.Contains(bounds), $"{layout.Variant} step {step.Number} line '{line.Text}' {bounds} is outside {inside}");
                    Assert.False(Grow(step.Badge, Stroke).Overlaps(bounds), $"{layout.Variant} step {step.Number} line '{line.Text}' overlaps the badge");
                    Assert.True(line.Size >= 14);
                }

                foreach (var (a, b) in step.Lines.Zip(step.Lines.Skip(1)))
                    Assert.True(a.Bounds.Bottom <= b.Bounds.Y + 1e-9, $"lines '{a.Text}' and '{b.Text}' overlap");
            }

            foreach (var (a, i) in layout.Steps.Select((s, i) => (s, i)))
                foreach (var b in layout.Steps.Skip(i + 1))
                    Assert.False(Grow(a.Box, Stroke).Overlaps(Grow(b.Box, Stroke)), $"{layout.Variant} boxes {a.Number} and {b.Number} overlap");

            foreach (var connector in layout.Connectors)
            {
                Assert.All(connector.Points, p => Assert.True(p.X >= 0 && p.Y >= 0 && p.X <= layout.Width && p.Y <= layout.Height, $"{p} leaves the viewBox"));
                // Arrows run in the gaps: no point of an arrow lies inside a box.
                Assert.All(connector.Points, p => Assert.DoesNotContain(layout.Steps, s => s.Box.Contains(new LayoutRect(p.X, p.Y, 0, 0), -0.5)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rows_read_left_to_right_and_the_column_top_to_bottom(string name)
    {
        var (kind, _, steps) = DiagramCases.All[name];
        var (rows, column) = DiagramRenderer.Default.Layouts(kind, steps);
        foreach (var (a, b) in rows!.Steps.Zip(rows.Steps.Skip(1)))
            Assert.True(a.Box.Y == b.Box.Y ? b.Box.X > a.Box.Right : b.Box.Y > a.Box.Bottom && b.Box.X <= a.Box.X);
        foreach (var (a, b) in column!.Steps.Zip(column.Steps.Skip(1)))
            Assert.True(b.Box.Y > a.Box.Bottom && b.Box.X == a.Box.X);
        Assert.Equal(FlowLayout.RowsWidth, rows.Width);
        Assert.Equal(FlowLayout.ColumnWidth, column.Width);
    }

    [Fact]
    public void Twelve_steps_stay_readable_on_a_320px_screen()
    {
        var (kind, _, steps) = DiagramCases.All["flow-12-steps"];
        var column = DiagramRenderer.Default.Layouts(kind, steps).Column!;
        // 320 px less the page's 1rem padding each side: the column is shown at full size, so its text stays at >= 14 px.
        Assert.True(column.Width <= 320 - 2 * 16);
        Assert.All(column.Steps.SelectMany(s => s.Lines), l => Assert.True(l.Size >= 14));
    }

    [Fact]
    public void Text_too_wide_to_sit_beside_the_badge_starts_below_it_in_every_box()
    {
        var (kind, _, steps) = DiagramCases.All["flow-long-phase-name"];
        var (rows, column) = DiagramRenderer.Default.Layouts(kind, steps);
        foreach (var step in rows!.Steps.Concat(column!.Steps))
            Assert.True(step.Lines[0].Bounds.Y >= step.Badge.Bottom, $"{step.Number}: '{step.Lines[0].Text}' is beside the badge");
        var (shortKind, _, shortSteps) = DiagramCases.All["flow-4-steps-phases"];
        var beside = DiagramRenderer.Default.Layouts(shortKind, shortSteps).Column!;
        Assert.All(beside.Steps, s => Assert.True(s.Lines[0].X > s.Badge.Right));
    }

    private static LayoutRect Grow(LayoutRect r, double by) => new(r.X - by, r.Y - by, r.Width + 2 * by, r.Height + 2 * by);
}
