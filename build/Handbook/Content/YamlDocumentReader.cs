// Turns a content file's bytes into the root YAML mapping, reporting encoding and syntax errors with their position.
using System.Text;
using System.Text.RegularExpressions;
using Handbook.Diagnostics;
using Handbook.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Handbook.Content;

internal static partial class YamlDocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static YamlMap? Read(InputFile file, DiagnosticBag diagnostics)
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

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var where = new SourceLocation(file.DisplayPath, (int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Error(where, Codes.YamlSyntax, $"Invalid YAML: {CleanMessage(e)}");
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

        return new YamlMap(map, file.DisplayPath, diagnostics);
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is already in the location.
    private static string CleanMessage(YamlException e)
    {
        var message = PositionPrefix().Replace(e.Message, "").Trim();
        if (e.InnerException is YamlException inner && !string.IsNullOrWhiteSpace(inner.Message))
            message = PositionPrefix().Replace(inner.Message, "").Trim();
        return message.Length == 0 ? "the file could not be parsed." : message;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
