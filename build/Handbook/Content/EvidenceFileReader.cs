// Reads evidence.yml: the sources a candidate pulls numbers from.
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Content;

internal static class EvidenceFileReader
{
    public const int MaxSources = 100;

    public static IReadOnlyList<EvidenceSource> Read(YamlMap map)
    {
        map.RejectUnknownKeys("evidence.yml", "sources");
        var sources = new List<EvidenceSource>();
        foreach (var node in map.List("sources", required: true, max: MaxSources))
        {
            if (map.AsMap(node, "a source") is not { } source) continue;
            source.RejectUnknownKeys("a source", "id", "name", "summary");
            var id = IdReader.Read(source, "a source");
            var name = source.Text("name", required: true, where: "a source");
            var summary = source.Text("summary");
            if (id is null || name is null) continue;
            if (sources.FirstOrDefault(s => s.Id == id) is { } first)
                map.Diagnostics.Error(source.KeyAt("id"), Codes.DuplicateId, $"Source id '{id}' is used twice; the first is at line {first.Location.Line}.");
            else
                sources.Add(new EvidenceSource(id, name, summary, source.Location)
                {
                    Fingerprint = new FingerprintBuilder().Add(id).Add(name).Add(summary).Add(source.Location.File)
                        .Add(source.Location.Line).Add(source.Location.Column).Hash(),
                });
        }

        return sources;
    }
}
