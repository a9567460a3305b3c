// Places steps on a canvas: rows read left to right joined by elbow connectors (wide), or a single column (narrow).
namespace Handbook.Diagrams;

public sealed class FlowLayout(FontMetrics fonts)
{
    private readonly PhaseBands _bands = new(fonts);

    /// <summary>The rows variant's width: it shows when the diagram's container is at least this wide (diagrams.css).</summary>
    public const double RowsWidth = 600;

    /// <summary>The column variant's width: fits a 320 px phone screen less the page's 16 px side padding, with room to spare.</summary>
    public const double ColumnWidth = 280;

    private const double Margin = 2, GapX = 36, GapY = 40, ColumnGap = 28, ArrowInset = 2;
    private const double PadX = 10, PadTop = 10, PadBottom = 12, BadgeRadius = 12, BadgeGap = 6, BlockGap = 2, LineHeight = 1.3;
    private static readonly int[] ColumnCounts = [4, 3, 2];

    /// <summary>The first line sits beside the badge, whose 2 px stroke reaches 1 px past its radius on each side.</summary>
    private const double BadgeLine = 2 * BadgeRadius + 2;

    /// <summary>The wide variant: as many boxes per row as keep every label within its line limit, rows balanced.</summary>
    public (DiagramLayout? Layout, LayoutFailure? Failure) Rows(DiagramKind kind, IReadOnlyList<DiagramStep> steps)
    {
        LayoutFailure? failure = null;
        // Text beside the badge if at all possible (it reads best), then the fewest rows. Every box is built the same way.
        var counts = ColumnCounts.Select(c => Math.Min(c, steps.Count)).Distinct().ToList();
        foreach (var (maxColumns, besideBadge) in counts.Select(c => (c, true)).Concat(counts.Select(c => (c, false))))
        {
            var rows = (steps.Count + maxColumns - 1) / maxColumns;
            var columns = (steps.Count + rows - 1) / rows;
            var boxWidth = (RowsWidth - 2 * Margin - (columns - 1) * GapX) / columns;
            var contents = new List<(IReadOnlyList<LayoutText> Lines, double Height)>();
            foreach (var (step, i) in steps.Select((s, i) => (s, i)))
            {
                var (content, problem) = Content(kind, step, boxWidth, besideBadge);
                if (problem is not null) { failure = new LayoutFailure(i, problem); break; }
                contents.Add(content);
            }

            if (contents.Count < steps.Count) continue;
            var height = contents.Max(c => c.Height);
            // A row where a band starts leaves room above it for the band's label; a row a band continues onto, for its edge.
            var runs = PhaseBands.Runs(steps);
            var tops = new double[rows];
            var top = Margin;
            for (var r = 0; r < rows; r++)
            {
                top += runs.Any(run => run.First >= r * columns && run.First < (r + 1) * columns) ? _bands.Space
                    : runs.Any(run => run.First < r * columns && run.Last >= r * columns) ? PhaseBands.Lip : 0;
                tops[r] = top;
                top += height + GapY;
            }

            var placed = new List<LayoutStep>();
            var connectors = new List<LayoutConnector>();
            for (var i = 0; i < steps.Count; i++)
            {
                var box = new LayoutRect(Margin + i % columns * (boxWidth + GapX), tops[i / columns], boxWidth, height);
                placed.Add(Place(i, steps[i], box, contents[i].Lines));
                if (i == 0) continue;
                var from = placed[i - 1].Box;
                var midY = from.Y + height / 2;
                connectors.Add(from.Y == box.Y
                    ? new LayoutConnector([new(from.Right + ArrowInset, midY), new(box.X - ArrowInset, midY)])
                    : new LayoutConnector(
                    [
                        new(from.X + from.Width / 2, from.Bottom + ArrowInset),
                        new(from.X + from.Width / 2, from.Bottom + GapY / 2),
                        new(box.X + box.Width / 2, from.Bottom + GapY / 2),
                        new(box.X + box.Width / 2, box.Y - ArrowInset),
                    ]));
            }

            // Whole pixels: browsers round a box's height to layout units, which would shrink a fractional drawing by a hair.
            var canvasHeight = Math.Ceiling(top - GapY + Margin);
            return (new DiagramLayout("rows", RowsWidth, canvasHeight, placed, connectors, _bands.Place(steps, placed)), null);
        }

        return (null, failure);
    }

    /// <summary>The narrow variant: one box per row, each as tall as its text, joined by downward arrows.</summary>
    public (DiagramLayout? Layout, LayoutFailure? Failure) Column(DiagramKind kind, IReadOnlyList<DiagramStep> steps)
    {
        var beside = Column(kind, steps, besideBadge: true);
        return beside.Layout is null ? Column(kind, steps, besideBadge: false) : beside;
    }

    private (DiagramLayout? Layout, LayoutFailure? Failure) Column(DiagramKind kind, IReadOnlyList<DiagramStep> steps, bool besideBadge)
    {
        var boxWidth = ColumnWidth - 2 * Margin;
        var placed = new List<LayoutStep>();
        var connectors = new List<LayoutConnector>();
        var starts = PhaseBands.Runs(steps).Select(r => r.First).ToHashSet();
        var y = Margin;
        for (var i = 0; i < steps.Count; i++)
        {
            var (content, problem) = Content(kind, steps[i], boxWidth, besideBadge);
            if (problem is not null) return (null, new LayoutFailure(i, problem));
            // A band starts above the first step of its run, with room for its label.
            var band = starts.Contains(i) ? _bands.Space : 0;
            if (i > 0)
            {
                var centre = Margin + boxWidth / 2;
                connectors.Add(new LayoutConnector([new(centre, y - ColumnGap + ArrowInset), new(centre, y + band - ArrowInset)]));
            }

            y += band;

            placed.Add(Place(i, steps[i], new LayoutRect(Margin, y, boxWidth, content.Height), content.Lines));
            y += content.Height + ColumnGap;
        }

        return (new DiagramLayout("column", ColumnWidth, Math.Ceiling(y - ColumnGap + Margin), placed, connectors, _bands.Place(steps, placed)), null);
    }

    private static LayoutStep Place(int index, DiagramStep step, LayoutRect box, IReadOnlyList<LayoutText> lines) =>
        new(index + 1, step.Phase, box, new LayoutPoint(box.X + PadX + BadgeRadius, box.Y + PadTop + BadgeLine / 2), BadgeRadius,
            [.. lines.Select(l => l with { X = box.X + l.X, Baseline = box.Y + l.Baseline })]);

    /// <summary>The text of one box, relative to its top-left corner, and the box height; or why it does not fit.</summary>
    /// <remarks>Text starts beside the number badge, or (when a layout's text does not fit there) on the line below it.</remarks>
    private ((IReadOnlyList<LayoutText> Lines, double Height), string?) Content(DiagramKind kind, DiagramStep step, double boxWidth, bool besideBadge)
    {
        IEnumerable<(TextStyle Style, string? Text)> blocks = kind == DiagramKind.Flow
            ? [(TextStyle.Tag, step.PhaseName), (TextStyle.Label, step.Title)]
            : [(TextStyle.Title, step.Title), (TextStyle.Tagline, step.Tagline)];
        var inner = boxWidth - 2 * PadX;
        var lines = new List<LayoutText>();
        var y = besideBadge ? PadTop : PadTop + BadgeLine;
        foreach (var (style, text) in blocks)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            var indent = besideBadge && lines.Count == 0 ? 2 * BadgeRadius + BadgeGap : 0;
            var wrapped = LabelWrapper.Wrap(text, s => fonts.Width(s, style.Size, style.Weight), inner - indent, inner, style.MaxLines);
            // A word broken beside the badge ("Learni-ng") reads worse than the text starting on the line below it.
            if (indent > 0 && wrapped is { Count: > 0 } && wrapped[0].EndsWith('-') && !text.Contains(wrapped[0], StringComparison.Ordinal))
            {
                besideBadge = false;
                indent = 0;
                y = PadTop + BadgeLine;
                wrapped = LabelWrapper.Wrap(text, s => fonts.Width(s, style.Size, style.Weight), inner, inner, style.MaxLines);
            }
            if (wrapped is null)
                return (default, $"its {style.Role} does not fit in {style.MaxLines} line{(style.MaxLines == 1 ? "" : "s")} of {inner:0} px at {style.Size:0} px");

            foreach (var line in wrapped)
            {
                var lineBox = Math.Max(style.Size * LineHeight, (fonts.AscentEm + fonts.DescentEm) * style.Size);
                if (besideBadge && lines.Count == 0) lineBox = Math.Max(lineBox, BadgeLine);
                var ascent = fonts.AscentEm * style.Size;
                var baseline = y + (lineBox - (fonts.AscentEm + fonts.DescentEm) * style.Size) / 2 + ascent;
                lines.Add(new LayoutText(line, style.Role, PadX + (lines.Count == 0 ? indent : 0), baseline, style.Size, style.Weight,
                    fonts.Width(line, style.Size, style.Weight), ascent, fonts.DescentEm * style.Size));
                y += lineBox;
            }

            y += BlockGap;
        }

        return ((lines, y - BlockGap + PadBottom), null);
    }
}
