// Writes user-given text as a YAML double-quoted scalar, so any title or question is valid YAML as typed.
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Handbook.Scaffold;

internal static class YamlText
{
    // A JSON string is a valid YAML 1.2 double-quoted scalar; relaxed escaping keeps accents and dashes readable.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Quote(string text) => JsonValue.Create(text.Trim()).ToJsonString(Options);
}
