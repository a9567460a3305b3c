// Opens a TrueType/OpenType (.ttf/.otf) or WOFF2 file and hands out its raw tables by tag.
using System.Buffers.Binary;
using System.Text;

namespace FontMetricsGenerator;

public sealed class FontFile
{
    private readonly Dictionary<string, byte[]> _tables;

    private FontFile(Dictionary<string, byte[]> tables) => _tables = tables;

    public static FontFile Read(byte[] bytes) =>
        Encoding.ASCII.GetString(bytes, 0, 4) == "wOF2" ? new FontFile(Woff2Container.Tables(bytes)) : new FontFile(SfntTables(bytes));

    public byte[] Table(string tag) =>
        _tables.TryGetValue(tag, out var table) ? table : throw new InvalidDataException($"The font has no '{tag}' table.");

    /// <summary>A table by tag, or null; WOFF2 tables still in their transformed form carry a '~' after the tag.</summary>
    public byte[]? TryTable(string tag) => _tables.GetValueOrDefault(tag);

    /// <summary>A plain sfnt: a 12-byte header, then 16-byte records of tag, checksum, offset, length.</summary>
    private static Dictionary<string, byte[]> SfntTables(byte[] bytes)
    {
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(4));
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < numTables; i++)
        {
            var record = bytes.AsSpan(12 + 16 * i, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[tag] = bytes.AsSpan(offset, length).ToArray();
        }

        return tables;
    }
}
