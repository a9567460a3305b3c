// Maps characters to glyph ids from a font's cmap table: format 12 (full Unicode) when present, else format 4 (BMP).
namespace FontMetricsGenerator;

public static class CmapReader
{
    public static IEnumerable<(int CodePoint, int Glyph)> Map(byte[] cmap)
    {
        var count = FaceReader.U16(cmap, 2);
        int? format4 = null, format12 = null;
        for (var i = 0; i < count; i++)
        {
            var platform = FaceReader.U16(cmap, 4 + 8 * i);
            var encoding = FaceReader.U16(cmap, 6 + 8 * i);
            var offset = (int)FaceReader.U32(cmap, 8 + 8 * i);
            var format = FaceReader.U16(cmap, offset);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (!unicode) continue;
            if (format == 12) format12 ??= offset;
            if (format == 4) format4 ??= offset;
        }

        if (format12 is { } f12) return Format12(cmap, f12);
        if (format4 is { } f4) return Format4(cmap, f4);
        throw new InvalidDataException("The font has no Unicode cmap subtable of format 4 or 12.");
    }

    private static IEnumerable<(int, int)> Format12(byte[] cmap, int offset)
    {
        var groups = FaceReader.U32(cmap, offset + 12);
        for (var g = 0; g < groups; g++)
        {
            var at = offset + 16 + 12 * g;
            var start = (int)FaceReader.U32(cmap, at);
            var end = (int)FaceReader.U32(cmap, at + 4);
            var glyph = (int)FaceReader.U32(cmap, at + 8);
            for (var c = start; c <= end; c++) yield return (c, glyph + c - start);
        }
    }

    private static IEnumerable<(int, int)> Format4(byte[] cmap, int offset)
    {
        var segments = FaceReader.U16(cmap, offset + 6) / 2;
        var ends = offset + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            var end = FaceReader.U16(cmap, ends + 2 * s);
            var start = FaceReader.U16(cmap, starts + 2 * s);
            var delta = FaceReader.S16(cmap, deltas + 2 * s);
            var rangeOffset = FaceReader.U16(cmap, rangeOffsets + 2 * s);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = FaceReader.U16(cmap, at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0) yield return (c, glyph);
            }
        }
    }
}
