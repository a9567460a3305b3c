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
        var (whole, fraction) = (hundredths / 100, hundredths % 100);
        var sign = rounded < 0 ? "-" : "";
        return fraction == 0 ? destination.TryWrite(CultureInfo.InvariantCulture, $"{sign}{whole}", out charsWritten)
            : fraction % 10 == 0 ? destination.TryWrite(CultureInfo.InvariantCulture, $"{sign}{whole}.{fraction / 10}", out charsWritten)
            : destination.TryWrite(CultureInfo.InvariantCulture, $"{sign}{whole}.{fraction:00}", out charsWritten);
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString()
    {
        Span<char> text = stackalloc char[64];
        return TryFormat(text, out var length, default, null) ? new string(text[..length]) : value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
