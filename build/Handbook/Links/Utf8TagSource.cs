// The tags of a UTF-8 page read by the byte scanner: values decoded only when asked for, positions counted in characters.
using System.Net;
using System.Text;

namespace Handbook.Links;

public sealed class Utf8TagSource(ReadOnlyMemory<byte> html) : TagSource
{
    private readonly HtmlTagScanner _scanner = new(html);
    private readonly Utf8Lines _lines = new(html);
    private ScannedTag _tag;
    private int _styleStart;
    private string _styleSheet = "";

    public override bool MoveNext() => _scanner.Next(ref _tag);

    public override TagName Name => _tag.Name;

    public override string NameText => TagNames.Text(_tag.Name, html.Span[_tag.NameStart.._tag.NameEnd]);

    public override bool InSvg => _tag.InSvg;

    public override string? Value(AttributeName attribute)
    {
        var slot = _tag[attribute];
        if (!slot.IsSet) return null;
        if (slot.ValueStart < 0) return "";
        var value = html.Span[slot.ValueStart..slot.ValueEnd];
        return value.Contains((byte)'&') ? WebUtility.HtmlDecode(Encoding.UTF8.GetString(value)) : Utf8Strings.Get(value);
    }

    public override (int Line, int Column) At(AttributeName attribute, int within = -1, string? expected = null)
    {
        var slot = _tag[attribute];
        if (!slot.IsSet) return _lines.At(_tag.Start);
        if (within < 0 || expected is null) return _lines.At(slot.Offset);
        // The value as written (character references and all), compared where the decoded value has the text.
        var written = Encoding.UTF8.GetString(html.Span[slot.Offset..Math.Max(slot.Offset, slot.ValueEnd)]);
        return within + expected.Length <= written.Length && string.CompareOrdinal(written, within, expected, 0, expected.Length) == 0
            ? _lines.At(slot.Offset, written, within)
            : _lines.At(slot.Offset);
    }

    public override IReadOnlyList<AttributeName> SvgLinks() =>
        SvgLinks(_tag[AttributeName.Href] is { IsSet: true } href ? href.NameStart : -1,
            _tag[AttributeName.XLinkHref] is { IsSet: true } xlink ? xlink.NameStart : -1);

    public override string? StyleSheet()
    {
        var text = html.Span;
        _styleStart = text[_tag.Start..].IndexOf((byte)'>') is >= 0 and var close ? _tag.Start + close + 1 : 0;
        if (_styleStart == 0) return null;
        var end = HtmlTagScanner.StyleEnd(text, _styleStart);
        _styleSheet = Encoding.UTF8.GetString(text[_styleStart..(end < 0 ? text.Length : end)]);
        return _styleSheet;
    }

    public override (int Line, int Column) AtInStyleSheet(int offset) => _lines.At(_styleStart, _styleSheet, offset);
}
