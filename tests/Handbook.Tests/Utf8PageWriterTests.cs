// The writer pages render into gives exactly the UTF-8 of what was written, across its block boundaries and split surrogate pairs, and a body appended whole.
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

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 70_000)]
    [InlineData(65_535, 3)]
    [InlineData(100_001, 200_003)]
    public void A_body_appended_to_a_page_is_its_bytes_in_place_and_reads_back_as_its_text(int prefix, int length)
    {
        // Whole characters only: a pair cut in two is not text (the other test covers pairs split across writes).
        static string Text(int n, int seed) =>
            string.Concat(Enumerable.Range(seed, n).Select(i => (i % 5) switch { 0 => "é", 1 => "😀", _ => "b" }))[..n] is var t
            && t.Length > 0 && char.IsHighSurrogate(t[^1]) ? t[..^1] + "b" : t;
        var (before, body, after) = (Text(prefix, 1), Text(length, 2), Text(prefix / 3, 3));
        using var inner = new Utf8PageWriter();
        inner.Write(body);
        using var page = new Utf8PageWriter();
        page.Write(before);
        page.Append(inner);
        page.Write(after);

        Assert.Equal(body, inner.ToString());
        Assert.Equal(new UTF8Encoding(false).GetBytes(before + body + after), page.ToArray());
    }

    [Fact]
    public void A_layout_writes_its_body_as_bytes_and_a_template_may_still_use_it_as_text()
    {
        var diagnostics = new Handbook.Diagnostics.DiagnosticBag();
        var set = new TemplateSet([new("layout.sbn-html", "layout.sbn-html", "<main>{{ content }}</main>{{ content | string.size }}"u8.ToArray())],
            diagnostics, "templates");
        using var body = new Utf8PageWriter();
        body.Write("<p>é &amp; 😀</p>");
        var model = new Scriban.Runtime.ScriptObject { ["content"] = new Utf8Html(body) };

        Assert.Equal("<main><p>é &amp; 😀</p></main>17", Encoding.UTF8.GetString(set.RenderUtf8("layout", model, diagnostics)!));
        Assert.Equal("<main><p>é &amp; 😀</p></main>17", set.Render("layout", model, diagnostics));
    }
}
