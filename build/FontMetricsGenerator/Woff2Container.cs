// Unpacks the tables of a WOFF2 file (W3C WOFF2 §5): a table directory, then one Brotli stream holding every table.
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace FontMetricsGenerator;

public static class Woff2Container
{
    private const int HeaderSize = 48;

    private static readonly string[] KnownTags =
    [
        "cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "glyf", "loca", "prep", "CFF ", "VORG",
        "EBDT", "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE", "GDEF", "GPOS", "GSUB", "EBSC",
        "JSTF", "MATH", "CBDT", "CBLC", "COLR", "CPAL", "SVG ", "sbix", "acnt", "avar", "bdat", "bloc", "bsln", "cvar", "fdsc",
        "feat", "fmtx", "fvar", "gvar", "hsty", "just", "lcar", "mort", "morx", "opbd", "prop", "trak", "Zapf", "Silf", "Glat",
        "Gloc", "Feat", "Sill",
    ];

    /// <summary>Every table by tag. A transformed hmtx is returned in its transformed form; see <see cref="FaceReader"/>.</summary>
    public static Dictionary<string, byte[]> Tables(byte[] bytes)
    {
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(12));
        var compressedSize = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(20));
        var position = HeaderSize;
        var entries = new List<(string Tag, int Length, bool Transformed)>();
        for (var i = 0; i < numTables; i++)
        {
            var flags = bytes[position++];
            string tag;
            if ((flags & 0x3f) == 0x3f)
            {
                tag = Encoding.ASCII.GetString(bytes, position, 4);
                position += 4;
            }
            else
            {
                tag = KnownTags[flags & 0x3f];
            }

            var version = flags >> 6;
            var origLength = ReadBase128(bytes, ref position);
            // glyf and loca use version 0 for "transformed" and 3 for "null"; every other table the reverse.
            var transformed = tag is "glyf" or "loca" ? version != 3 : version != 0;
            var length = transformed ? ReadBase128(bytes, ref position) : origLength;
            entries.Add((tag + (transformed ? "~" : ""), (int)length, transformed));
        }

        var stream = Decompress(bytes.AsSpan(position, compressedSize));
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var offset = 0;
        foreach (var (tag, length, _) in entries)
        {
            tables[tag] = stream.AsSpan(offset, length).ToArray();
            offset += length;
        }

        if (offset != stream.Length) throw new InvalidDataException($"WOFF2 tables hold {offset} bytes but the stream has {stream.Length}.");
        return tables;
    }

    private static byte[] Decompress(ReadOnlySpan<byte> compressed)
    {
        using var input = new MemoryStream(compressed.ToArray());
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        brotli.CopyTo(output);
        return output.ToArray();
    }

    private static uint ReadBase128(byte[] bytes, ref int position)
    {
        uint value = 0;
        for (var i = 0; i < 5; i++)
        {
            var b = bytes[position++];
            if (i == 0 && b == 0x80) throw new InvalidDataException("UIntBase128 with a leading zero.");
            value = (value << 7) | (uint)(b & 0x7f);
            if ((b & 0x80) == 0) return value;
        }

        throw new InvalidDataException("UIntBase128 longer than 5 bytes.");
    }
}
