// The one script per area that lists its questions for the "My story" panel, so no question page repeats the whole area.
using System.Text.Json;
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Templates;

public static class StudyAreaScript
{
    public const string FileName = "study-questions.js";

    /// <summary>What the script is: this assignment, then one JSON object and a semicolon.</summary>
    public const string Assignment = "window.HandbookStudyArea = ";

    public static string PathFor(Area area) => PageUrls.Area(area) + FileName;

    /// <summary>`HandbookStudyArea = {title, questions: [[id, title], ...]}`: ids are site paths, as the study store keys them,
    /// so the script holds no links and every page of the area shares it. The encoder escapes `<`, so no text can end the script.</summary>
    public static OutputFile For(Area area, Func<string, string> title)
    {
        using var buffer = new MemoryStream();
        buffer.Write(System.Text.Encoding.UTF8.GetBytes(Assignment));
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("title", area.Title);
            json.WriteStartArray("questions");
            foreach (var q in area.Questions) Pair(json, StudyModelBuilder.QuestionId(area, q), title(q.Text));
            var quick = area.MoreQuestions?.Items ?? [];
            for (var i = 0; i < quick.Count; i++) Pair(json, StudyModelBuilder.QuickId(area, i), title(quick[i].Text));
            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.Write(";\n"u8);
        return new OutputFile(PathFor(area), buffer.ToArray(), area.SourceFile);
    }

    private static void Pair(Utf8JsonWriter json, string id, string title)
    {
        json.WriteStartArray();
        json.WriteStringValue(id);
        json.WriteStringValue(title);
        json.WriteEndArray();
    }
}
