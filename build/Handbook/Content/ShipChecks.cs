// Warnings for what should not ship: a `TODO` the scaffolding left in a text, and a content file without its schema line.
using System.Text.RegularExpressions;
using Handbook.Diagnostics;
using YamlDotNet.Core.Events;

namespace Handbook.Content;

internal static partial class ShipChecks
{
    public const string SchemaLinePrefix = "# yaml-language-server: $schema=";

    /// <summary>Every `TODO` inside a text of the file (comments are not published, so a TODO there is left alone).</summary>
    public static void Todos(string text, IEnumerable<ParsingEvent> events, string file, DiagnosticBag diagnostics)
    {
        // A warning is only ever found in the file's own lines: a file whose text holds no TODO at all has none to find.
        if (!TodoRegex().IsMatch(text)) return;
        string[]? lines = null;
        foreach (var scalar in events.OfType<Scalar>())
        {
            if (!TodoRegex().IsMatch(scalar.Value)) continue;
            lines ??= text.Split('\n');
            // Marks are 1-based; a block scalar ends on the line after its text, where nothing of it is left to find.
            for (var line = (int)scalar.Start.Line; line <= Math.Min((int)scalar.End.Line, lines.Length); line++)
            {
                var from = line == scalar.Start.Line ? (int)scalar.Start.Column - 1 : 0;
                var to = line == scalar.End.Line ? Math.Min((int)scalar.End.Column - 1, lines[line - 1].Length) : lines[line - 1].Length;
                if (to <= from) continue;
                foreach (Match m in TodoRegex().Matches(lines[line - 1][..to], from))
                {
                    diagnostics.Warning(new SourceLocation(file, line, m.Index + 1), Codes.TodoLeft,
                        $"A TODO is left in this text ('{Snippet(lines[line - 1][m.Index..to])}'): write the real text before publishing; build --strict, as CI runs it, fails on it.");
                }
            }
        }
    }

    /// <summary>A file of a content folder that carries schemas/ should name its schema on the first line, as `new` writes it.</summary>
    public static void SchemaLine(string text, string schema, string file, DiagnosticBag diagnostics)
    {
        var end = text.IndexOf('\n');
        var first = (end < 0 ? text : text[..end]).TrimEnd('\r');
        if (first.StartsWith(SchemaLinePrefix, StringComparison.Ordinal)) return;
        diagnostics.Warning(new SourceLocation(file, 1, 1), Codes.MissingSchemaLine,
            $"The file does not start with its schema line, so editors cannot check it as you type; add this as the first line: {SchemaLinePrefix}{schema}");
    }

    private static string Snippet(string text)
    {
        var trimmed = text.Trim().TrimEnd('"', '\'');
        return trimmed.Length > 60 ? trimmed[..57] + "..." : trimmed;
    }

    [GeneratedRegex(@"\bTODO\b", RegexOptions.CultureInvariant)]
    private static partial Regex TodoRegex();
}
