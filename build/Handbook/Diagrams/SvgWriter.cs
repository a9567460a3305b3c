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
          .Append($" viewBox=\"0 0 {N(layout.Width)} {N(layout.Height)}\" width=\"{N(layout.Width)}\" height=\"{N(layout.Height)}\"")
          .Append($" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" focusable=\"false\">\n");
        sb.Append($"<title id=\"{id}-title\">{Escape(title)}</title>\n");
        sb.Append($"<desc id=\"{id}-desc\">{Escape(description)}</desc>\n");

        // Behind the steps: a band over each run of a phase with a share, its label above the boxes.
        foreach (var band in layout.Bands)
        {
            var box = band.Box;
            sb.Append($"<g class=\"diagram-band phase-{band.Phase ?? "none"}\">\n");
            sb.Append($"<rect class=\"diagram-band-box\" x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\" rx=\"{N(CornerRadius)}\"/>\n");
            if (band.Label is { } label)
                sb.Append($"<text class=\"diagram-band-label\" x=\"{N(label.X)}\" y=\"{N(label.Baseline)}\" font-size=\"{N(label.Size)}\" font-weight=\"{label.Weight}\">{Escape(label.Text)}</text>\n");
            sb.Append("</g>\n");
        }

        foreach (var step in layout.Steps)
        {
            var box = step.Box;
            sb.Append($"<g class=\"diagram-step phase-{step.Phase ?? "none"}\">\n");
            sb.Append($"<rect class=\"diagram-box\" x=\"{N(box.X)}\" y=\"{N(box.Y)}\" width=\"{N(box.Width)}\" height=\"{N(box.Height)}\" rx=\"{N(CornerRadius)}\"/>\n");
            sb.Append($"<circle class=\"diagram-badge\" cx=\"{N(step.BadgeCentre.X)}\" cy=\"{N(step.BadgeCentre.Y)}\" r=\"{N(step.BadgeRadius)}\"/>\n");
            var number = TextStyle.Number;
            // dominant-baseline is avoided (renderers differ); 0.35 em below the centre puts digits' middle on it.
            sb.Append($"<text class=\"diagram-number\" x=\"{N(step.BadgeCentre.X)}\" y=\"{N(step.BadgeCentre.Y + 0.35 * number.Size)}\"")
              .Append($" font-size=\"{N(number.Size)}\" font-weight=\"{number.Weight}\" text-anchor=\"middle\">{step.Number}</text>\n");
            foreach (var line in step.Lines)
                sb.Append($"<text class=\"diagram-{line.Role}\" x=\"{N(line.X)}\" y=\"{N(line.Baseline)}\" font-size=\"{N(line.Size)}\" font-weight=\"{line.Weight}\">{Escape(line.Text)}</text>\n");
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

        sb.Append("<path class=\"diagram-arrow\" d=\"M").Append(N(points[0].X)).Append(' ').Append(N(points[0].Y));
        foreach (var p in points.Skip(1).Take(points.Count - 2)) sb.Append(" L").Append(N(p.X)).Append(' ').Append(N(p.Y));
        sb.Append(" L").Append(N(baseX)).Append(' ').Append(N(baseY)).Append("\"/>\n");
        sb.Append($"<path class=\"diagram-arrowhead\" d=\"M{N(tip.X)} {N(tip.Y)} L{N(baseX - uy * ArrowHalfWidth)} {N(baseY + ux * ArrowHalfWidth)}")
          .Append($" L{N(baseX + uy * ArrowHalfWidth)} {N(baseY - ux * ArrowHalfWidth)} Z\"/>\n");
    }

    /// <summary>A number as SVG writes it: rounded to 0.01, invariant culture, no trailing zeros, never "-0".</summary>
    public static string N(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0) return "0";
        // Hundredths as a whole number, written out by hand: what "0.##" writes, at a tenth of the cost (a diagram has hundreds of
        // numbers, a large handbook thousands of diagrams); a number too large for that takes the general format.
        if (Math.Abs(rounded) >= 1e12) return rounded.ToString("0.##", CultureInfo.InvariantCulture);
        var hundredths = (long)Math.Round(Math.Abs(rounded) * 100);
        var (whole, fraction) = (hundredths / 100, hundredths % 100);
        var sign = rounded < 0 ? "-" : "";
        return fraction == 0 ? sign + whole.ToString(CultureInfo.InvariantCulture)
            : fraction % 10 == 0 ? $"{sign}{whole}.{fraction / 10}"
            : $"{sign}{whole}.{fraction:00}";
    }

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
