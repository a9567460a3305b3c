// The writer pages render into gives exactly the UTF-8 of what was written, across its block boundaries and split surrogate pairs.
using System.Text;
using Handbook.Templates;

namespace Handbook.Tests;

public class Utf8PageWriterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_535)]
    [InlineData(200_003)]
    public void The_bytes_are_the_utf8_of_the_text_written_in_any_pieces(int length)
    {
        // ASCII, two- and three-byte characters and surrogate pairs, so sequences straddle the 64 KB blocks at every offset.
        var text = string.Concat(Enumerable.Range(0, length).Select(i => (i % 7) switch { 0 => "é", 1 => "€", 2 => "😀", _ => "a" }))[..length];
        using var writer = new Utf8PageWriter();
        var random = new Random(length);
        for (var at = 0; at < text.Length;)
        {
            var piece = Math.Min(text.Length - at, random.Next(1, 5000));
            // Every shape Scriban's output uses: a string, a span, a char.
            switch (random.Next(3))
            {
                case 0: writer.Write(text[at..(at + piece)]); break;
                case 1: writer.Write(text.AsSpan(at, piece)); break;
                default:
                    foreach (var c in text.AsSpan(at, piece)) writer.Write(c);
                    break;
            }

            at += piece;
        }

        Assert.Equal(new UTF8Encoding(false).GetBytes(text), writer.ToArray());
    }
}
