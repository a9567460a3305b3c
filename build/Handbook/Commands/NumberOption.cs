// Number options read with a plain message when the value is not one (`--port must be a number from 1 to 65535, not 'abc'.`),
// where System.CommandLine would name its own types (System.Nullable`1[System.Int32]).
using System.CommandLine.Parsing;
using System.Globalization;

namespace Handbook.Commands;

internal static class NumberOption
{
    public static int? Whole(ArgumentResult result, string name, int min, int max)
    {
        var text = Text(result);
        if (int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        result.AddError($"{name} must be a number from {min} to {max}, not '{text}'.");
        return null;
    }

    public static double? Positive(ArgumentResult result, string name)
    {
        var text = Text(result);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 && double.IsFinite(n)) return n;
        result.AddError($"{name} must be a number greater than 0, such as 10 or 2.5, not '{text}'.");
        return null;
    }

    private static string Text(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
}
