// Reads an area's study-questions.js back as the generator writes it: one assignment of one JSON object, nothing else.
using System.Text.Json;
using Handbook.Templates;

namespace Handbook.Tests.Support;

public static class StudyAreaData
{
    /// <summary>The assigned object, or null when the text is anything but that assignment (or holds a '&lt;').</summary>
    public static JsonElement? Parse(string script)
    {
        if (!script.StartsWith(StudyAreaScript.Assignment, StringComparison.Ordinal) || script.Contains('<')) return null;
        try
        {
            using var json = JsonDocument.Parse(script[StudyAreaScript.Assignment.Length..].TrimEnd().TrimEnd(';'));
            return json.RootElement.ValueKind == JsonValueKind.Object ? json.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
