// A number of an SVG diagram, formatted where it is written: rounded to 0.01, invariant culture, no trailing zeros, never "-0".
using System.Globalization;

namespace Handbook.Diagrams;

internal readonly struct SvgNumber(double value) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0) return destination.TryWrite(CultureInfo.InvariantCulture, $"0", out charsWritten);
        // Hundredths as a whole number, written out by hand: what "0.##" writes, at a tenth of the cost (a diagram has hundreds of
        // numbers, a large handbook thousands of diagrams); a number too large for that takes the general format.
        if (Math.Abs(rounded) >= 1e12) return rounded.TryFormat(destination, out charsWritten, "0.##", CultureInfo.InvariantCulture);
        var hundredths = (long)Math.Round(Math.Abs(rounded) * 100);
        var (whole, fraction) = (hundredths / 100, (int)(hundredths % 100));
        charsWritten = 0;
        var at = 0;
        if (rounded < 0)
        {
            if (destination.IsEmpty) return false;
            destination[at++] = '-';
        }

        if (!whole.TryFormat(destination[at..], out var digits, default, CultureInfo.InvariantCulture)) return false;
        at += digits;
        // "0.##": one decimal when the hundredths are a whole tenth, two otherwise, none for a whole number.
        var decimals = fraction == 0 ? 0 : fraction % 10 == 0 ? 1 : 2;
        if (decimals > 0)
        {
            if (destination.Length < at + 1 + decimals) return false;
            destination[at++] = '.';
            destination[at++] = (char)('0' + fraction / 10);
            if (decimals == 2) destination[at++] = (char)('0' + fraction % 10);
        }

        charsWritten = at;
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString()
    {
        Span<char> text = stackalloc char[64];
        return TryFormat(text, out var length, default, null) ? new string(text[..length]) : value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
