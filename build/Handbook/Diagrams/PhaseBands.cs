// Bands behind the runs of consecutive steps whose phase has a share of the answer, each labelled with that share, in either layout.
namespace Handbook.Diagrams;

public sealed class PhaseBands(FontMetrics fonts)
{
    /// <summary>The band label's style: no smaller than the tags (14 px) and as bold.</summary>
    public static readonly TextStyle Style = new("band", 14, 700, 1);

    /// <summary>Room above a run's boxes for the label: its line box and 4 px either side.</summary>
    public double Space { get; } = Math.Ceiling(Math.Max(Style.Size * 1.3, (fonts.AscentEm + fonts.DescentEm) * Style.Size)) + 8;

    private const double PadX = 6;

    /// <summary>How far a run's band reaches above its boxes on a row after the first, where it is not labelled again.</summary>
    public const double Lip = 6;

    /// <summary>Clear of an arrow coming down into the band: the head's half width (5 px) and a little air.</summary>
    private const double ArrowClear = 8;

    /// <summary>The runs (first and last index) of consecutive steps of one phase that has a share.</summary>
    public static IReadOnlyList<(int First, int Last)> Runs(IReadOnlyList<DiagramStep> steps)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not { Phase: { } phase, Share: not null }) continue;
            var last = i;
            while (last + 1 < steps.Count && steps[last + 1].Phase == phase && steps[last + 1].Share == steps[i].Share) last++;
            runs.Add((i, last));
            i = last;
        }

        return runs;
    }

    /// <summary>A band for each run, split where the run wraps onto another row: from <see cref="Space"/> above its first row's boxes,
    /// with the label, or <see cref="Lip"/> above a later row's, without it (once is enough), to their bottom.
    /// A run whose label cannot be placed gets no band, since a band that does not say its share says nothing.</summary>
    public IReadOnlyList<LayoutBand> Place(IReadOnlyList<DiagramStep> steps, IReadOnlyList<LayoutStep> placed)
    {
        var bands = new List<LayoutBand>();
        foreach (var (first, last) in Runs(steps))
        {
            var start = first;
            for (var i = first; i <= last; i++)
            {
                // A row variant's run ends its segment at the row's end; the column is one segment.
                var rowEnds = i == last || placed[i + 1].Box.Y != placed[i].Box.Y && placed[i + 1].Box.X < placed[i].Box.X;
                if (!rowEnds) continue;
                var from = placed[start].Box;
                var to = placed[i].Box;
                var above = start == first ? Space : Lip;
                var box = new LayoutRect(from.X, from.Y - above, to.Right - from.X, to.Bottom - from.Y + above);
                // The arrow from the step before comes down into the band at the box's centre when that step is above it.
                double? entry = start > 0 && placed[start - 1].Box.Bottom <= from.Y ? from.X + from.Width / 2 : null;
                if (start > first) bands.Add(new LayoutBand(steps[start].Phase, box, null));
                else if (Label(box, steps[start], entry) is { } label) bands.Add(new LayoutBand(steps[start].Phase, box, label));
                else break;
                start = i + 1;
            }
        }

        return bands;
    }

    /// <summary>"Actions ~50%", or "~50%" where the name does not fit, at the band's left or else its right, clear of an arrow.</summary>
    private LayoutText? Label(LayoutRect band, DiagramStep step, double? entry)
    {
        var ascent = fonts.AscentEm * Style.Size;
        var descent = fonts.DescentEm * Style.Size;
        var baseline = band.Y + (Space - ascent - descent) / 2 + ascent;
        string[] texts = step.ShareOf is { Length: > 0 } name ? [$"{name} ~{step.Share}%", $"~{step.Share}%"] : [$"~{step.Share}%"];
        foreach (var text in texts)
        {
            var width = fonts.Width(text, Style.Size, Style.Weight);
            if (width > band.Width - 2 * PadX) continue;
            foreach (var x in new[] { band.X + PadX, band.Right - PadX - width })
            {
                if (entry is { } e && x < e + ArrowClear && x + width > e - ArrowClear) continue;
                return new LayoutText(text, Style.Role, x, baseline, Style.Size, Style.Weight, width, ascent, descent);
            }
        }

        return null;
    }
}
