// Slug rules: lowercase ASCII letters, digits and single hyphens, at most 64 characters; file names may carry an "NN-" order prefix.
using System.Text.RegularExpressions;
using Handbook.Core;

namespace Handbook.Content;

internal static partial class Slug
{
    // \z, not $: '$' also matches before a final newline, which let "evil\n" through as a folder name.
    public const string Pattern = @"^[a-z0-9]+(-[a-z0-9]+)*\z";

    /// <summary>Long enough for any real name; a slug is a folder and a URL segment, and paths have limits.</summary>
    public const int MaxLength = 64;

    /// <summary>The rule as the error messages state it.</summary>
    public static readonly string Rule = $"use lowercase letters, digits and single hyphens, at most {MaxLength} characters";

    public static bool IsValid(string value) => value.Length <= MaxLength && SlugRegex().IsMatch(value);

    /// <summary>A rejected name as a message may quote it: control characters escaped so the message stays one line, and shortened.</summary>
    public static string Show(string name)
    {
        var shown = string.Concat(name.Select(c => char.IsControl(c) || ControlCharacters.IsForbidden(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return shown.Length > MaxLength ? shown[..(MaxLength - 3)] + "..." : shown;
    }

    /// <summary>Splits "01-philosophy" into order 1 and slug "philosophy"; a name without a prefix has no order.</summary>
    public static (string Slug, int? Order) FromName(string name)
    {
        var m = PrefixRegex().Match(name);
        return m.Success && int.TryParse(m.Groups[1].Value, out var order) ? (m.Groups[2].Value, order) : (name, null);
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex SlugRegex();

    // Singleline and \z: a name ending in a newline keeps it in the slug, which then fails the slug rule.
    [GeneratedRegex(@"^(\d+)-(.+)\z", RegexOptions.Singleline)]
    private static partial Regex PrefixRegex();
}
