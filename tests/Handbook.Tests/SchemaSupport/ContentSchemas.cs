// The JSON Schemas of content/schemas/, loaded once, and a verdict on one file's bytes as an editor would give it.
using System.Text;
using System.Text.Json;
using Handbook.Tests.Support;
using Json.Schema;
using YamlDotNet.Core;

namespace Handbook.Tests.SchemaSupport;

public static class ContentSchemas
{
    public static readonly string[] Kinds = ["handbook", "evidence", "area", "question"];

    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(() => Kinds.ToDictionary(k => k, k =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Content, "schemas", $"{k}.schema.json")),
            new Json.Schema.BuildOptions { SchemaRegistry = new SchemaRegistry() })));

    public static string SchemaFile(string kind) => $"{kind}.schema.json";

    /// <summary>Which schema a content file falls under, from its path inside content/ (null for files no schema covers).</summary>
    public static string? KindOf(string relativePath) => relativePath.Split('/') switch
    {
        ["handbook.yml" or "handbook.yaml"] => "handbook",
        ["evidence.yml" or "evidence.yaml"] => "evidence",
        ["areas", _, "area.yml" or "area.yaml"] => "area",
        ["areas", _, "questions", _] => "question",
        _ => null,
    };

    /// <summary>Valid or not, with the schema's errors; a file that is not UTF-8 YAML is invalid, as the editor shows it.</summary>
    public static (bool Valid, string Errors) Check(string kind, byte[] bytes)
    {
        JsonElement instance;
        try
        {
            instance = JsonSerializer.SerializeToElement(YamlJson.Parse(bytes));
        }
        catch (Exception e) when (e is YamlException or DecoderFallbackException)
        {
            return (false, "not UTF-8 YAML: " + e.Message);
        }

        var results = Schemas.Value[kind].Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        return (results.IsValid, string.Join("\n", errors));
    }
}
