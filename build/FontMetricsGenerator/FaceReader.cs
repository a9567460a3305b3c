// Reads units per em (head), the tallest ascent and descent (hhea, OS/2) and per-character advances (cmap + hmtx).
using System.Buffers.Binary;

namespace FontMetricsGenerator;

public static class FaceReader
{
    public static FaceMetrics Read(byte[] fontBytes)
    {
        var font = FontFile.Read(fontBytes);
        var head = font.Table("head");
        var hhea = font.Table("hhea");
        var unitsPerEm = U16(head, 18);
        var numberOfHMetrics = U16(hhea, 34);

        // Browsers pick hhea, typo or win metrics depending on platform and flags; the largest of each keeps text inside its line.
        int ascent = S16(hhea, 4), descent = -S16(hhea, 6);
        if (font.TryTable("OS/2") is { Length: >= 78 } os2)
        {
            ascent = Math.Max(ascent, Math.Max(S16(os2, 68), U16(os2, 74)));
            descent = Math.Max(descent, Math.Max(-S16(os2, 70), U16(os2, 76)));
        }

        var advances = GlyphAdvances(font, numberOfHMetrics);
        var byCodePoint = new SortedDictionary<int, int>();
        foreach (var (codePoint, glyph) in CmapReader.Map(font.Table("cmap")))
            byCodePoint[codePoint] = advances[Math.Min(glyph, advances.Length - 1)];

        return new FaceMetrics(unitsPerEm, ascent, descent, byCodePoint);
    }

    /// <summary>One advance per long metric; glyphs past numberOfHMetrics repeat the last one (OpenType hmtx).</summary>
    private static int[] GlyphAdvances(FontFile font, int numberOfHMetrics)
    {
        var advances = new int[numberOfHMetrics];
        if (font.TryTable("hmtx") is { } hmtx)
        {
            for (var i = 0; i < numberOfHMetrics; i++) advances[i] = U16(hmtx, 4 * i);
        }
        else
        {
            // WOFF2 transformed hmtx (§5.4): a flags byte, then the advance widths alone.
            var transformed = font.Table("hmtx~");
            for (var i = 0; i < numberOfHMetrics; i++) advances[i] = U16(transformed, 1 + 2 * i);
        }

        return advances;
    }

    internal static int U16(byte[] data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset));
    internal static int S16(byte[] data, int offset) => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(offset));
    internal static long U32(byte[] data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset));
}
