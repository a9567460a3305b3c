// Slug rules: lowercase ASCII letters, digits and single hyphens; file names may carry an "NN-" order prefix.
using System.Text.RegularExpressions;

namespace Handbook.Content;

internal static partial class Slug
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static bool IsValid(string value) => SlugRegex().IsMatch(value);

    /// <summary>Splits "01-philosophy" into order 1 and slug "philosophy"; a name without a prefix has no order.</summary>
    public static (string Slug, int? Order) FromName(string name)
    {
        var m = PrefixRegex().Match(name);
        return m.Success && int.TryParse(m.Groups[1].Value, out var order) ? (m.Groups[2].Value, order) : (name, null);
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex SlugRegex();

    [GeneratedRegex(@"^(\d+)-(.+)$")]
    private static partial Regex PrefixRegex();
}
