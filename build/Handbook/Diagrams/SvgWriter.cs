// Writes one laid-out diagram as inline SVG: classes only (no colours), fixed-precision invariant numbers, no script.
using System.Globalization;
using System.Text;

namespace Handbook.Diagrams;

public static class SvgWriter
{
    private const double ArrowLength = 8, ArrowHalfWidth = 5, CornerRadius = 8;

    /// <summary>Appends the diagram's SVG to <paramref name="sb"/>, which the caller reuses: a string per variant and the builder
    /// it grew in were a tenth of what a build allocated.</summary>
    public static void Write(StringBuilder sb, DiagramLayout layout, string id, string title, string description)
    {
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram-svg diagram-{layout.Variant}\"")
          .Append($" viewBox=\"0 0 {F(layout.Width)} {F(layout.Height)}\" width=\"{F(layout.Width)}\" height=\"{F(layout.Height)}\"")
          .Append($" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" focusable=\"false\">\n");
        sb.Append($"<title id=\"{id}-title\">{Escape(title)}</title>\n");
        sb.Append($"<desc id=\"{id}-desc\">{Escape(description)}</desc>\n");

        // Behind the steps: a band over each run of a phase with a share, its label above the boxes.
        foreach (var band in layout.Bands)
        {
            var box = band.Box;
            sb.Append($"<g class=\"diagram-band phase-{band.Phase ?? "none"}\">\n");
            sb.Append($"<rect class=\"diagram-band-box\" x=\"{F(box.X)}\" y=\"{F(box.Y)}\" width=\"{F(box.Width)}\" height=\"{F(box.Height)}\" rx=\"{F(CornerRadius)}\"/>\n");
            if (band.Label is { } label)
                sb.Append($"<text class=\"diagram-band-label\" x=\"{F(label.X)}\" y=\"{F(label.Baseline)}\" font-size=\"{F(label.Size)}\" font-weight=\"{label.Weight}\">{Escape(label.Text)}</text>\n");
            sb.Append("</g>\n");
        }

        foreach (var step in layout.Steps)
        {
            var box = step.Box;
            sb.Append($"<g class=\"diagram-step phase-{step.Phase ?? "none"}\">\n");
            sb.Append($"<rect class=\"diagram-box\" x=\"{F(box.X)}\" y=\"{F(box.Y)}\" width=\"{F(box.Width)}\" height=\"{F(box.Height)}\" rx=\"{F(CornerRadius)}\"/>\n");
            sb.Append($"<circle class=\"diagram-badge\" cx=\"{F(step.BadgeCentre.X)}\" cy=\"{F(step.BadgeCentre.Y)}\" r=\"{F(step.BadgeRadius)}\"/>\n");
            var number = TextStyle.Number;
            // dominant-baseline is avoided (renderers differ); 0.35 em below the centre puts digits' middle on it.
            sb.Append($"<text class=\"diagram-number\" x=\"{F(step.BadgeCentre.X)}\" y=\"{F(step.BadgeCentre.Y + 0.35 * number.Size)}\"")
              .Append($" font-size=\"{F(number.Size)}\" font-weight=\"{number.Weight}\" text-anchor=\"middle\">{step.Number}</text>\n");
            foreach (var line in step.Lines)
                sb.Append($"<text class=\"diagram-{line.Role}\" x=\"{F(line.X)}\" y=\"{F(line.Baseline)}\" font-size=\"{F(line.Size)}\" font-weight=\"{line.Weight}\">{Escape(line.Text)}</text>\n");
            sb.Append("</g>\n");
        }

        foreach (var connector in layout.Connectors) Arrow(sb, connector.Points);
        sb.Append("</svg>");
    }

    /// <summary>The shaft stops where the head starts, so the head's tip, not the line's square end, touches the box.</summary>
    private static void Arrow(StringBuilder sb, IReadOnlyList<LayoutPoint> points)
    {
        var tip = points[^1];
        var before = points[^2];
        var length = Math.Sqrt(Math.Pow(tip.X - before.X, 2) + Math.Pow(tip.Y - before.Y, 2));
        var (ux, uy) = ((tip.X - before.X) / length, (tip.Y - before.Y) / length);
        var baseX = tip.X - ux * ArrowLength;
        var baseY = tip.Y - uy * ArrowLength;

        sb.Append($"<path class=\"diagram-arrow\" d=\"M{F(points[0].X)} {F(points[0].Y)}");
        for (var i = 1; i < points.Count - 1; i++) sb.Append($" L{F(points[i].X)} {F(points[i].Y)}");
        sb.Append($" L{F(baseX)} {F(baseY)}\"/>\n");
        sb.Append($"<path class=\"diagram-arrowhead\" d=\"M{F(tip.X)} {F(tip.Y)} L{F(baseX - uy * ArrowHalfWidth)} {F(baseY + ux * ArrowHalfWidth)}")
          .Append($" L{F(baseX + uy * ArrowHalfWidth)} {F(baseY - ux * ArrowHalfWidth)} Z\"/>\n");
    }

    /// <summary>A number as SVG writes it: rounded to 0.01, invariant culture, no trailing zeros, never "-0".</summary>
    public static string N(double value) => new SvgNumber(value).ToString();

    /// <summary>The same, written straight into the builder by the interpolated appends (a string per number was most of what
    /// drawing allocated).</summary>
    private static SvgNumber F(double value) => new(value);

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
