// Reads theme.css's custom properties for the light scheme and the dark one (light overlaid with the dark block), var() resolved.
using System.Text.RegularExpressions;

namespace Handbook.Tests.Support;

public sealed partial class ThemeColours
{
    private readonly Dictionary<string, string> _values;

    private ThemeColours(Dictionary<string, string> values) => _values = values;

    public static (ThemeColours Light, ThemeColours Dark) Read(string css)
    {
        var dark = css.IndexOf("prefers-color-scheme: dark", StringComparison.Ordinal);
        var light = Declarations(css[..dark]);
        var darkValues = new Dictionary<string, string>(light);
        foreach (var (name, value) in Declarations(css[dark..])) darkValues[name] = value;
        return (new ThemeColours(light), new ThemeColours(darkValues));
    }

    /// <summary>The property's value with var() references followed, e.g. "#1b1f24".</summary>
    public string this[string name]
    {
        get
        {
            var value = _values[name];
            return VarReference().Match(value) is { Success: true } m ? this[m.Groups[1].Value] : value;
        }
    }

    private static Dictionary<string, string> Declarations(string css) =>
        Declaration().Matches(css).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());

    /// <summary>WCAG 2.x contrast ratio of two #rrggbb colours.</summary>
    public static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int at)
        {
            var c = Convert.ToInt32(hex.Substring(at, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        if (!HexColour().IsMatch(hex)) throw new FormatException($"'{hex}' is not #rrggbb.");
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }

    [GeneratedRegex(@"--([\w-]+)\s*:\s*([^;]+);")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^var\(--([\w-]+)\)$")]
    private static partial Regex VarReference();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
