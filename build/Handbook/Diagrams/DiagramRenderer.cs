// Draws one diagram in both variants (rows and column) with a title and an ordered text description; ids come from content.
using System.Security.Cryptography;
using System.Text;

namespace Handbook.Diagrams;

public sealed class DiagramRenderer(FontMetrics fonts)
{
    private readonly FlowLayout _layout = new(fonts);

    public static DiagramRenderer Default { get; } = new(FontMetrics.Default);

    /// <summary>The diagram (the HTML holding both SVG variants, and the stem of its ids), or why a step does not fit.
    /// The column is tried first: its boxes are narrowest.</summary>
    public (Model.Diagram? Diagram, LayoutFailure? Failure) Draw(DiagramKind kind, string title, IReadOnlyList<DiagramStep> steps)
    {
        var (column, columnFailure) = _layout.Column(kind, steps);
        if (column is null) return (null, columnFailure);
        var (rows, rowsFailure) = _layout.Rows(kind, steps);
        if (rows is null) return (null, rowsFailure);

        var description = Describe(kind, steps);
        var id = Id(kind, title, description);
        var html = t_html ??= new StringBuilder();
        html.Clear().Append($"<div class=\"diagram diagram-{(kind == DiagramKind.Flow ? "flow" : "spine")}\">\n");
        SvgWriter.Write(html, rows, $"{id}-rows", title, description);
        html.Append('\n');
        SvgWriter.Write(html, column, $"{id}-column", title, description);
        html.Append("\n</div>");
        return (new Model.Diagram(Utf8Of(html), id), null);
    }

    /// <summary>The builder's text as UTF-8, encoded from its chunks: the diagram is never a string as well as its bytes.</summary>
    private static byte[] Utf8Of(StringBuilder text)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = 0;
            foreach (var chunk in text.GetChunks()) length += encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
            length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
            return buffer[..length];
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Diagrams are drawn on every core at once; each thread keeps its builder, which grows to a diagram's size once.
    [ThreadStatic]
    private static StringBuilder? t_html;

    /// <summary>Both layouts, for geometry checks; null where a step does not fit.</summary>
    public (DiagramLayout? Rows, DiagramLayout? Column) Layouts(DiagramKind kind, IReadOnlyList<DiagramStep> steps) =>
        (_layout.Rows(kind, steps).Layout, _layout.Column(kind, steps).Layout);

    /// <summary>The steps in order with their phases, as a screen reader reads them in place of the picture.</summary>
    public static string Describe(DiagramKind kind, IReadOnlyList<DiagramStep> steps)
    {
        var parts = steps.Select((s, i) =>
        {
            var text = $"{i + 1}. {FontMetrics.Normalise(s.Title)}";
            if (kind == DiagramKind.Spine && !string.IsNullOrWhiteSpace(s.Tagline)) text += $": {FontMetrics.Normalise(s.Tagline).TrimEnd('.')}";
            if (kind == DiagramKind.Flow && !string.IsNullOrWhiteSpace(s.PhaseName)) text += $" (phase: {FontMetrics.Normalise(s.PhaseName)})";
            return text.EndsWith('.') ? text : text + ".";
        });
        return $"{steps.Count} steps, in order: " + string.Join(" ", parts);
    }

    /// <summary>"flow-" or "spine-" and a hash of what the diagram says: stable across builds, different for different diagrams.</summary>
    private static string Id(DiagramKind kind, string title, string description)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + description));
        return (kind == DiagramKind.Flow ? "flow-" : "spine-") + Convert.ToHexStringLower(hash)[..10];
    }
}
