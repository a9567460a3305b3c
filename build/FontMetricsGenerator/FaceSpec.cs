// One face named on the command line: "Family:weight=path", e.g. "DejaVu Sans:700=/usr/share/fonts/.../DejaVuSans-Bold.ttf".
namespace FontMetricsGenerator;

public sealed record FaceSpec(string Family, int Weight, string Path)
{
    public static FaceSpec Parse(string text)
    {
        var eq = text.IndexOf('=');
        var colon = text.LastIndexOf(':', eq < 0 ? text.Length - 1 : eq);
        if (eq < 0 || colon < 0 || !int.TryParse(text[(colon + 1)..eq], out var weight))
            throw new ArgumentException($"'{text}' is not of the form Family:weight=path.");
        return new FaceSpec(text[..colon], weight, text[(eq + 1)..]);
    }
}
