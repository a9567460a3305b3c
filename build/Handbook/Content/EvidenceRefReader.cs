// Reads an `evidence:` list (the same form in area.yml and question files).
using Handbook.Model;

namespace Handbook.Content;

internal static class EvidenceRefReader
{
    public static IReadOnlyList<EvidenceRef> Read(YamlMap map)
    {
        var refs = new List<EvidenceRef>();
        foreach (var node in map.List("evidence", max: AreaFileReader.MaxItems))
        {
            if (map.AsMap(node, "an evidence entry") is not { } entry) continue;
            entry.RejectUnknownKeys("an evidence entry", "source", "pull", "label");
            var source = entry.Text("source", required: true, where: "an evidence entry");
            var pull = entry.Text("pull", required: true, where: "an evidence entry");
            if (source is null || pull is null) continue;
            refs.Add(new EvidenceRef(source, pull, entry.Text("label"), entry.Get("source") is { } s ? entry.At(s) : entry.Location));
        }

        return refs;
    }
}
