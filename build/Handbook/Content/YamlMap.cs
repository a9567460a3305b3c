// Reads typed fields out of a YAML mapping with source positions, reporting every problem instead of throwing.
using Handbook.Core;
using Handbook.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Handbook.Content;

internal sealed class YamlMap(YamlMappingNode node, string file, DiagnosticBag diagnostics)
{
    public string File => file;
    public DiagnosticBag Diagnostics => diagnostics;
    public SourceLocation Location => At(node);

    public SourceLocation At(YamlNode n) => new(file, (int)n.Start.Line, (int)n.Start.Column);

    public SourceLocation KeyAt(string key) =>
        node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } k ? At(k) : Location;

    public YamlNode? Get(string key) =>
        node.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode s && s.Value == key).Value;

    /// <summary>Every key must be one of <paramref name="known"/>; others are reported with the nearest known key.</summary>
    public void RejectUnknownKeys(string where, params string[] known)
    {
        foreach (var key in node.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                diagnostics.Error(At(key), Codes.WrongType, $"Keys in {where} must be plain names.");
                continue;
            }

            if (!known.Contains(name))
                diagnostics.Error(At(key), Codes.UnknownKey,
                    $"Unknown key '{name}' in {where}.{DidYouMean.Suffix(name, known)} Allowed keys: {string.Join(", ", known)}.");
        }
    }

    public string? Text(string key, bool required = false, string? where = null)
    {
        var value = Get(key);
        if (value is null)
        {
            if (required) diagnostics.Error(Location, Codes.MissingField, $"Missing required field '{key}'{In(where)}.");
            return null;
        }

        return ReadText(value, $"'{key}'", required);
    }

    /// <summary>A scalar as text; null (reported when required) when it is empty or null.</summary>
    public string? ReadText(YamlNode value, string what, bool required)
    {
        if (value is not YamlScalarNode scalar)
        {
            diagnostics.Error(At(value), Codes.WrongType, $"Expected text for {what} but found {Describe(value)}.");
            return null;
        }

        if (IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
        {
            if (required) diagnostics.Error(At(value), Codes.EmptyValue, $"{Capitalise(what)} must not be empty.");
            return null;
        }

        var text = scalar.Value!.Trim();
        // The file's own characters were checked before parsing; an escape in a double-quoted value ("\a", "\u202E") makes the
        // same invisible character, so the value is checked too.
        if (text.AsSpan().IndexOfAny(ControlCharacters.Forbidden) is var hidden and >= 0)
        {
            diagnostics.Error(At(value), Codes.ControlCharacter,
                $"The text holds the control character {ControlCharacters.Name(text[hidden])}, written as an escape; remove it.");
            return null;
        }

        if (!Markdown.MarkdownDepth.TooDeep(text)) return text;
        // Every text is checked, not only the Markdown fields: a title nested this deep is a mistake all the same.
        diagnostics.Error(At(value), Codes.TooDeep,
            $"{Capitalise(what)} nests Markdown deeper than {Markdown.MarkdownDepth.Max} levels (block quotes, lists, emphasis, links).");
        return null;
    }

    public int? Int(string key)
    {
        if (Get(key) is not { } value) return null;
        if (value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s && int.TryParse(s.Value, out var n)) return n;
        diagnostics.Error(At(value), Codes.WrongType, $"Expected a whole number for '{key}' but found {Describe(value)}.");
        return null;
    }

    public YamlMap? Map(string key, bool required = false, string? where = null)
    {
        var value = Get(key);
        if (value is null)
        {
            if (required) diagnostics.Error(Location, Codes.MissingField, $"Missing required field '{key}'{In(where)}.");
            return null;
        }

        return AsMap(value, $"'{key}'");
    }

    public YamlMap? AsMap(YamlNode value, string what)
    {
        if (value is YamlMappingNode map) return new YamlMap(map, file, diagnostics);
        diagnostics.Error(At(value), Codes.WrongType, $"Expected a map of keys for {what} but found {Describe(value)}.");
        return null;
    }

    /// <summary>A list with a length check; a missing optional list is empty.</summary>
    public IReadOnlyList<YamlNode> List(string key, bool required = false, int min = 0, int max = int.MaxValue,
        string? countCode = null, string? where = null)
    {
        var value = Get(key);
        if (value is null)
        {
            if (required) diagnostics.Error(Location, Codes.MissingField, $"Missing required field '{key}'{In(where)}.");
            return [];
        }

        if (value is not YamlSequenceNode seq)
        {
            diagnostics.Error(At(value), Codes.WrongType, $"Expected a list for '{key}' but found {Describe(value)}.");
            return [];
        }

        var count = seq.Children.Count;
        if (count < min || count > max)
        {
            var range = max == int.MaxValue ? $"at least {min}" : min == 0 ? $"at most {max}" : $"{min} to {max}";
            diagnostics.Error(At(value), countCode ?? Codes.ItemCount,
                $"'{key}' has {count} item{(count == 1 ? "" : "s")}; expected {range}.");
        }

        return [.. seq.Children];
    }

    /// <summary>A list of text items; empty or non-text items are reported and skipped.</summary>
    public IReadOnlyList<string> TextList(string key, bool required = false, int min = 0, int max = int.MaxValue,
        string? where = null) =>
        [.. List(key, required, min, max, where: where)
            .Select((item, i) => ReadText(item, $"item {i + 1} of '{key}'", required: true))
            .OfType<string>()];

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a map",
        YamlScalarNode s when IsNull(s) => "nothing",
        YamlScalarNode s => $"'{Shorten(s.Value ?? "")}'",
        _ => "something else",
    };

    private static bool IsNull(YamlScalarNode s) =>
        s.Style == YamlDotNet.Core.ScalarStyle.Plain && s.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Shorten(string s) => s.Length > 40 ? s[..37] + "..." : s;

    private static string In(string? where) => where is null ? "" : $" in {where}";

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
