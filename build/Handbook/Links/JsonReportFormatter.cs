// Writes a link report as one JSON document, for tools: the figures and every finding with its location and URL.
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Handbook.Links;

public static class JsonReportFormatter
{
    public static void Write(LinkReport report, string displayRoot, TextWriter writer, TimeSpan elapsed)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("folder", displayRoot);
            json.WriteNumber("files", report.Files);
            json.WriteNumber("links", report.Links);
            json.WriteNumber("ignored", report.Ignored);
            json.WriteNumber("externalUrls", report.ExternalUrls);
            json.WriteBoolean("externalChecked", report.ExternalChecked);
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("milliseconds", (long)elapsed.TotalMilliseconds);
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("file", LinkFinding.Join(displayRoot, finding.File));
                json.WriteNumber("line", finding.Line);
                json.WriteNumber("column", finding.Column);
                json.WriteString("severity", finding.Severity == Diagnostics.Severity.Error ? "error" : "warning");
                json.WriteString("code", finding.Code);
                json.WriteString("message", finding.Message);
                if (finding.Url is null) json.WriteNull("url");
                else json.WriteString("url", finding.Url);
                if (finding.Origin is null) json.WriteNull("origin");
                else json.WriteString("origin", finding.Origin.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
