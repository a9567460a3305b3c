// Turns a byte offset of a UTF-8 page into the line and column of its decoded text there, columns in UTF-16 characters as TextLines counts them.
using System.Text;

namespace Handbook.Links;

/// <remarks>A page's links are asked for in document order, so each position is counted on from the last one (backwards as far
/// as the attributes of one tag go): the page is read once, not once per link, and no table of line starts is built. Offsets
/// fall on ASCII bytes (a tag, a quote, an attribute), which never split a character, so counting a stretch counts its
/// characters exactly as decoding the whole page does.</remarks>
public sealed class Utf8Lines(ReadOnlyMemory<byte> text)
{
    private int _offset;
    private int _lineStart;
    private int _line = 1;
    private int _column = 1;

    public (int Line, int Column) At(int offset)
    {
        var span = text.Span;
        if (offset >= _offset)
        {
            var stretch = span[_offset..offset];
            var lastNewline = stretch.LastIndexOf((byte)'\n');
            if (lastNewline < 0) _column += Characters(stretch);
            else
            {
                _line += stretch.Count((byte)'\n');
                _lineStart = _offset + lastNewline + 1;
                _column = 1 + Characters(span[_lineStart..offset]);
            }
        }
        else if (offset >= _lineStart)
        {
            _column -= Characters(span[offset.._offset]);
        }
        else
        {
            _line -= span[offset.._offset].Count((byte)'\n');
            _lineStart = span[..offset].LastIndexOf((byte)'\n') + 1;
            _column = 1 + Characters(span[_lineStart..offset]);
        }

        _offset = offset;
        return (_line, _column);
    }

    /// <summary>The position <paramref name="characters"/> characters of <paramref name="decoded"/> past <paramref name="offset"/>,
    /// where <paramref name="decoded"/> is the page's text from there (a value, a style sheet) as decoded from its bytes.</summary>
    public (int Line, int Column) At(int offset, string decoded, int characters)
    {
        var (line, column) = At(offset);
        var before = decoded.AsSpan(0, characters);
        var lastNewline = before.LastIndexOf('\n');
        return lastNewline < 0 ? (line, column + characters) : (line + before.Count('\n'), characters - lastNewline);
    }

    private static int Characters(ReadOnlySpan<byte> utf8) => Ascii.IsValid(utf8) ? utf8.Length : Encoding.UTF8.GetCharCount(utf8);
}
