// Turns a content file's bytes into the root YAML mapping, reporting encoding and syntax errors with their position.
using System.Text;
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Handbook.Content;

internal static class YamlDocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="schema">The schema line's path from this file, when the content folder carries schemas/ to check it against.</param>
    public static YamlMap? Read(InputFile file, DiagnosticBag diagnostics, string? schema = null)
    {
        var at = new SourceLocation(file.DisplayPath, 1, 1);
        string text;
        try
        {
            text = StrictUtf8.GetString(file.Bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(at, Codes.BadEncoding, "The file is not valid UTF-8; save it as UTF-8.");
            return null;
        }

        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];

        if (!ControlCharacters.Check(text, file.DisplayPath, diagnostics)) return null;
        if (YamlPreScan.Scan(text, file.DisplayPath, diagnostics) is not { } events) return null;

        var stream = new YamlStream();
        try
        {
            stream.Load(new YamlEventReplay(events));
        }
        catch (YamlException e)
        {
            // What the pre-scan cannot see, such as a key given twice.
            var where = new SourceLocation(file.DisplayPath, (int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Error(where, Codes.YamlSyntax, $"Invalid YAML: {e.Message}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Error(at, Codes.EmptyFile, "The file is empty; expected a map of keys.");
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode map)
        {
            var rootAt = new SourceLocation(file.DisplayPath, (int)root.Start.Line, (int)root.Start.Column);
            diagnostics.Error(rootAt, Codes.WrongType, $"Expected a map of keys at the top of the file but found {YamlMap.Describe(root)}.");
            return null;
        }

        ShipChecks.Todos(text, events, file.DisplayPath, diagnostics);
        if (schema is not null) ShipChecks.SchemaLine(text, schema, file.DisplayPath, diagnostics);
        return new YamlMap(map, file.DisplayPath, diagnostics);
    }
}
