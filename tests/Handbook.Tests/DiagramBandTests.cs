// Bands over runs of a phase with a share: they hold their boxes, split where rows wrap, and their labels stay clear of boxes and arrows.
using Handbook.Diagrams;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class DiagramBandTests
{
    public static TheoryData<string> Cases() => DiagramCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_band_holds_its_run_and_its_label_is_clear_of_every_box_and_arrow(string name)
    {
        var (kind, _, steps) = DiagramCases.All[name];
        var (rows, column) = DiagramRenderer.Default.Layouts(kind, steps);
        var runs = PhaseBands.Runs(steps);
        foreach (var layout in new[] { rows!, column! })
        {
            // Every step of a run is under a band of its phase; no other step is.
            var covered = layout.Steps.Where(s => layout.Bands.Any(b => b.Box.Contains(s.Box))).Select(s => s.Number - 1).ToList();
            Assert.Equal(runs.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)), covered);
            // Each run is labelled once, on its first row.
            Assert.Equal(runs.Count, layout.Bands.Count(b => b.Label is not null));
            foreach (var band in layout.Bands)
            {
                Assert.True(layout.Canvas.Contains(Grow(band.Box, 1)), $"{layout.Variant} band at {band.Box} leaves the viewBox");
                Assert.DoesNotContain(layout.Connectors.SelectMany(c => c.Points.Zip(c.Points.Skip(1))),
                    p => p.First.Y == p.Second.Y && p.First.Y > band.Box.Y && p.First.Y < band.Box.Y + 10); // no elbow runs along its top
                if (band.Label is not { } label) continue;
                Assert.True(band.Box.Contains(label.Bounds), $"{layout.Variant} label {label.Text} leaves its band");
                Assert.Equal(FontMetrics.Default.Width(label.Text, label.Size, label.Weight), label.Width, 6);
                Assert.DoesNotContain(layout.Steps, s => Grow(s.Box, 1).Overlaps(label.Bounds));
                foreach (var connector in layout.Connectors)
                    foreach (var (a, b) in connector.Points.Zip(connector.Points.Skip(1)))
                    {
                        // The shaft and its 5 px head, as a box around the segment.
                        var segment = new LayoutRect(Math.Min(a.X, b.X) - 5, Math.Min(a.Y, b.Y), Math.Abs(a.X - b.X) + 10, Math.Abs(a.Y - b.Y));
                        Assert.False(segment.Overlaps(label.Bounds), $"{layout.Variant} label {label.Text} is crossed by an arrow");
                    }
            }

            foreach (var (a, i) in layout.Bands.Select((b, i) => (b, i)))
                Assert.DoesNotContain(layout.Bands.Skip(i + 1), b => b.Box.Overlaps(a.Box));
        }
    }

    [Fact]
    public void A_run_that_wraps_gets_a_band_on_each_row_labelled_on_the_first_and_one_in_the_column()
    {
        var (kind, _, steps) = DiagramCases.All["flow-8-steps-shares"];
        var (rows, column) = DiagramRenderer.Default.Layouts(kind, steps);
        Assert.Equal(["Actions ~50%", null], rows!.Bands.Select(b => b.Label?.Text));
        Assert.Equal(2, rows.Bands.Select(b => b.Box.Y).Distinct().Count());
        Assert.Equal("Actions ~50%", Assert.Single(column!.Bands).Label?.Text);
        Assert.All(rows.Bands.Concat(column.Bands), b => Assert.Equal("actions", b.Phase));
    }

    [Fact]
    public void A_label_too_wide_for_its_band_drops_the_phase_name()
    {
        var (kind, _, steps) = DiagramCases.All["flow-12-steps-one-action"];
        var rows = DiagramRenderer.Default.Layouts(kind, steps).Rows!;
        Assert.Equal("~45%", Assert.Single(rows.Bands).Label?.Text);
    }

    [Fact]
    public void Flows_without_shares_draw_no_band_and_keep_their_height()
    {
        var (kind, _, steps) = DiagramCases.All["flow-8-steps-shares"];
        var plain = steps.Select(s => s with { Share = null, ShareOf = null }).ToArray();
        var (rows, column) = DiagramRenderer.Default.Layouts(kind, plain);
        var (bandedRows, bandedColumn) = DiagramRenderer.Default.Layouts(kind, steps);
        Assert.Empty(rows!.Bands);
        Assert.Empty(column!.Bands);
        // The row the run starts on makes room for its label, the row it continues onto for its edge, the third row for nothing.
        Assert.Equal(3, bandedRows!.Steps.Select(s => s.Box.Y).Distinct().Count());
        Assert.Equal(rows.Height + new PhaseBands(FontMetrics.Default).Space + PhaseBands.Lip, bandedRows.Height);
        Assert.Equal(column.Height + new PhaseBands(FontMetrics.Default).Space, bandedColumn!.Height);
    }

    private static LayoutRect Grow(LayoutRect r, double by) => new(r.X - by, r.Y - by, r.Width + 2 * by, r.Height + 2 * by);
}
