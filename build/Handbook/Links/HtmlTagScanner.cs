// Reads start tags of a UTF-8 page in one pass, without decoding it or building a tree: the build's own pages, and deep pages.
using System.Runtime.CompilerServices;
using System.Text;

namespace Handbook.Links;

/// <remarks>AngleSharp's tree builder looks through the whole stack of open elements for each block start tag (HTML's "has
/// a p element in button scope"), so a page of N nested &lt;div&gt;s costs N² (100,000 of them: minutes). No real page nests
/// past a few dozen levels; past <see cref="DeepNesting"/> the collector takes its tags from here instead, and the build reads
/// its own pages with it. It keeps what the collector needs (names, attribute positions, SVG, raw text) and not the tree.
/// Every byte it looks for is ASCII, which no byte of a multi-byte UTF-8 character can be, so it reads the page's bytes as the
/// tokenizer reads its characters; only values the collector asks for are ever decoded.</remarks>
public sealed class HtmlTagScanner(ReadOnlyMemory<byte> html)
{
    public const int DeepNesting = 1_000;

    // What ends a name or an unquoted value, by byte: names are a few bytes long, too short for a vectorised search to pay.
    private const byte Space = 1, Slash = 2, Close = 4, EqualsSign = 8;
    private static ReadOnlySpan<byte> Ends => [
        0, 0, 0, 0, 0, 0, 0, 0, 0, Space, Space, 0, Space, Space, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        Space, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Slash, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, EqualsSign, Close, 0];

    private int _at;
    private int _svg;
    private int _depth;
    private bool _slotsUsed;

    /// <summary>The most start tags ever open at once (end tags close one each): an upper bound on the tree's depth, an
    /// unclosed &lt;p&gt; counting too.</summary>
    public int Deepest { get; private set; }

    public ReadOnlyMemory<byte> Html => html;

    /// <summary>True when start tags outnumber end tags by more than <paramref name="limit"/> at some point.</summary>
    public static bool NestsDeeperThan(string html, int limit) => NestsDeeperThan(Encoding.UTF8.GetBytes(html), limit);

    public static bool NestsDeeperThan(ReadOnlyMemory<byte> html, int limit)
    {
        var scanner = new HtmlTagScanner(html);
        var tag = default(ScannedTag);
        while (scanner.Next(ref tag, record: false))
        {
        }

        return scanner.Deepest > limit;
    }

    /// <summary>The next start tag that has an attribute of <see cref="AttributeName"/> or is a &lt;style&gt; (whose CSS is read),
    /// in document order; false at the end. Most tags of a page (every &lt;li&gt;, &lt;span&gt;, SVG shape) hold neither.</summary>
    /// <param name="tag">The same tag every call, starting from <c>default</c>: its slots are cleared only when they were used.</param>
    public bool Next(ref ScannedTag tag) => Next(ref tag, record: true);

    // Optimised from the first call: a build reads thousands of pages with it while the runtime is still busy compiling the rest.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Next(ref ScannedTag tag, bool record)
    {
        var text = html.Span;
        while (_at < text.Length)
        {
            var found = text[_at..].IndexOf((byte)'<');
            if (found < 0 || _at + found + 1 >= text.Length)
            {
                _at = text.Length;
                return false;
            }

            var i = _at + found;
            var start = i;
            var next = text[i + 1];
            if (next == '!' && text[i..].StartsWith("<!--"u8))
                _at = After(text, i + 4, "-->"u8);
            else if (next == '!' && _svg > 0 && text[i..].StartsWith("<![CDATA["u8))
                _at = After(text, i, "]]>"u8);
            else if (next is (byte)'!' or (byte)'?')
                _at = After(text, i, ">"u8);
            else if (next == '/' && i + 2 < text.Length && char.IsAsciiLetter((char)text[i + 2]))
            {
                var name = Name(text, i + 2, out i);
                SkipAttributes(text, ref i, ref tag, false, out _);
                if (name == TagName.Svg && _svg > 0) _svg--;
                _depth = Math.Max(0, _depth - 1);
                _at = i;
            }
            else if (char.IsAsciiLetter((char)next))
            {
                var name = Name(text, i + 1, out i);
                var nameEnd = i;
                var inSvg = _svg > 0 || name == TagName.Svg;
                // Most tags record nothing, so the slots are cleared only after one that did.
                if (record && _slotsUsed) tag.Slots = default;
                var kept = SkipAttributes(text, ref i, ref tag, record, out var selfClosing);
                _slotsUsed = kept;
                var opens = !IsVoid(name) && !(selfClosing && inSvg);
                if (name == TagName.Svg && opens) _svg++;
                if (opens) Deepest = Math.Max(Deepest, ++_depth);
                if (!inSvg && IsRawText(name)) i = RawTextEnd(text, i, RawTextName(name));
                else if (!inSvg && name == TagName.Plaintext) i = text.Length;
                _at = i;
                if (kept || (record && name == TagName.Style))
                {
                    (tag.Name, tag.InSvg, tag.Start, tag.NameStart, tag.NameEnd) = (name, inSvg, start, start + 1, nameEnd);
                    return true;
                }
            }
            else _at = i + 1;
        }

        return false;
    }

    /// <summary>The offset just past the first <paramref name="close"/> at or after <paramref name="from"/>, or the end.</summary>
    private static int After(ReadOnlySpan<byte> text, int from, ReadOnlySpan<byte> close)
    {
        var found = text[from..].IndexOf(close);
        return found < 0 ? text.Length : from + found + close.Length;
    }

    private static TagName Name(ReadOnlySpan<byte> text, int from, out int end)
    {
        end = Skip(text, from, Space | Slash | Close);
        return TagNames.Of(text[from..end]);
    }

    /// <summary>The first offset from <paramref name="from"/> whose byte is one of <paramref name="ends"/>, or the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Skip(ReadOnlySpan<byte> text, int from, byte ends)
    {
        var table = Ends;
        var i = from;
        while (i < text.Length && (text[i] >= table.Length || (table[text[i]] & ends) == 0)) i++;
        return i;
    }

    /// <summary>Reads attributes up to and past the tag's '&gt;', quotes honoured, as HTML's tokenizer does; with
    /// <paramref name="record"/>, notes where the first of each <see cref="AttributeName"/> is written and says whether one was.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SkipAttributes(ReadOnlySpan<byte> text, ref int i, ref ScannedTag tag, bool record, out bool selfClosing)
    {
        var kept = false;
        selfClosing = false;
        while (i < text.Length)
        {
            while (i < text.Length && (IsSpace(text[i]) || text[i] == '/'))
                selfClosing = text[i++] == '/' && i < text.Length && text[i] == '>';
            if (i >= text.Length) return kept;
            if (text[i] == '>')
            {
                i++;
                return kept;
            }

            selfClosing = false;
            var nameStart = i++;
            i = Skip(text, i, Space | Slash | Close | EqualsSign);
            var nameEnd = i;
            while (i < text.Length && IsSpace(text[i])) i++;
            var valueStart = -1;
            var valueEnd = -1;
            if (i < text.Length && text[i] == '=')
            {
                i++;
                while (i < text.Length && IsSpace(text[i])) i++;
                valueStart = i;
                if (i < text.Length && text[i] is (byte)'"' or (byte)'\'')
                {
                    var close = text[(i + 1)..].IndexOf(text[i]);
                    valueStart = i + 1;
                    i = close < 0 ? text.Length : valueStart + close;
                    valueEnd = i;
                    if (i < text.Length) i++;
                }
                else
                {
                    i = Skip(text, i, Space | Close);
                    valueEnd = i;
                }
            }

            if (!record || TagNames.AttributeOf(text[nameStart..nameEnd]) is not { } attribute) continue;
            ref var slot = ref tag.Slots[(int)attribute];
            if (slot.IsSet) continue; // the first of a repeated attribute wins
            slot = new AttributeSlot(nameStart, valueStart, valueEnd);
            kept = true;
        }

        return kept;
    }

    /// <summary>Where the end tag of a raw text element starts ("&lt;/script", in any case), or the end of the page.</summary>
    private static int RawTextEnd(ReadOnlySpan<byte> text, int from, ReadOnlySpan<byte> name)
    {
        while (true)
        {
            var found = text[from..].IndexOf("</"u8);
            if (found < 0) return text.Length;
            var at = from + found;
            if (at + 2 + name.Length <= text.Length && Ascii.EqualsIgnoreCase(text.Slice(at + 2, name.Length), name)) return at;
            from = at + 1;
        }
    }

    /// <summary>Where "&lt;/style" (any case) first appears at or after <paramref name="from"/>, or -1.</summary>
    public static int StyleEnd(ReadOnlySpan<byte> text, int from) => RawTextEnd(text, from, "style"u8) is var end && end < text.Length ? end : -1;

    private static bool IsVoid(TagName name) => name is TagName.Area or TagName.Base or TagName.Br or TagName.Col or TagName.Embed or TagName.Hr
        or TagName.Img or TagName.Input or TagName.Link or TagName.Meta or TagName.Source or TagName.Track or TagName.Wbr or TagName.Param
        or TagName.Keygen or TagName.Frame or TagName.Basefont or TagName.Bgsound;

    // Elements whose content is text up to their end tag, in HTML (not in SVG, where they are ordinary elements).
    private static bool IsRawText(TagName name) => name is TagName.Script or TagName.Style or TagName.Textarea or TagName.Title
        or TagName.Xmp or TagName.Iframe or TagName.Noembed or TagName.Noframes;

    private static ReadOnlySpan<byte> RawTextName(TagName name) => name switch
    {
        TagName.Script => "script"u8, TagName.Style => "style"u8, TagName.Textarea => "textarea"u8, TagName.Title => "title"u8,
        TagName.Xmp => "xmp"u8, TagName.Iframe => "iframe"u8, TagName.Noembed => "noembed"u8, _ => "noframes"u8,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(byte c) => c < Ends.Length && Ends[c] == Space;
}
