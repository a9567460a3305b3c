// Reads handbook.yml: site settings and the answer shapes.
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Model;
using YamlDotNet.RepresentationModel;

namespace Handbook.Content;

internal static class HandbookFileReader
{
    public static HandbookSettings Read(YamlMap map)
    {
        map.RejectUnknownKeys("handbook.yml", "title", "tagline", "company", "base_path", "repository", "branch",
            "intro", "how_to_use", "shapes", "search", "answer_seconds", "probes");
        var repository = map.Text("repository");
        if (repository is not null && !(Uri.TryCreate(repository, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            map.Diagnostics.Error(map.At(map.Get("repository")!), Codes.BadUrl,
                $"'repository' must be an absolute http(s) URL such as https://github.com/OWNER/REPO, not '{repository}'.");
            repository = null;
        }

        return new HandbookSettings
        {
            Title = map.Text("title", required: true) ?? "",
            Tagline = map.Text("tagline"),
            Company = map.Text("company"),
            BasePath = BasePath(map),
            Repository = repository?.TrimEnd('/'),
            Branch = map.Text("branch") ?? "main",
            Intro = map.Text("intro"),
            HowToUse = map.Text("how_to_use"),
            Shapes = ReadShapes(map),
            Synonyms = SearchSynonymsReader.Read(map),
            AnswerSeconds = ReadAnswerSeconds(map),
            Probes = map.TextList("probes", max: 30),
        };
    }

    private static string? BasePath(YamlMap map)
    {
        // The value as written, before trimming: a tab at its end is as wrong as one inside it.
        if (map.Get("base_path") is YamlScalarNode { Value: { } raw } node && BasePathRule.Problem(raw) is { } problem)
        {
            map.Diagnostics.Error(map.At(node), Codes.BadBasePath, BasePathRule.Message("base_path", problem));
            return null;
        }

        return map.Text("base_path");
    }

    /// <summary>The rehearsal timer's length: long enough to say one phase, short enough to be an answer rather than a talk.</summary>
    private static int? ReadAnswerSeconds(YamlMap map)
    {
        var seconds = map.Int("answer_seconds");
        if (seconds is null or (>= HandbookSettings.MinAnswerSeconds and <= HandbookSettings.MaxAnswerSeconds)) return seconds;
        map.Diagnostics.Error(map.At(map.Get("answer_seconds")!), Codes.AnswerTimeOutOfRange,
            $"'answer_seconds' is the rehearsal timer's length, from {HandbookSettings.MinAnswerSeconds} to {HandbookSettings.MaxAnswerSeconds} seconds, not {seconds}.");
        return null;
    }

    private static List<AnswerShape> ReadShapes(YamlMap map)
    {
        var shapes = new List<AnswerShape>();
        var shapeLines = new Dictionary<string, int>(StringComparer.Ordinal); // where each id was first given, for a duplicate's message
        foreach (var node in map.List("shapes", max: AreaFileReader.MaxItems))
        {
            if (map.AsMap(node, "a shape") is not { } shape) continue;
            shape.RejectUnknownKeys("a shape", "id", "name", "summary", "phases");
            var id = IdReader.Read(shape, "a shape");
            var phases = new List<ShapePhase>();
            var phaseLines = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var p in shape.List("phases", required: true, min: 1, max: AreaFileReader.MaxItems, where: "a shape"))
            {
                if (shape.AsMap(p, "a phase") is not { } phase) continue;
                phase.RejectUnknownKeys("a phase", "id", "name", "share");
                var phaseId = IdReader.Read(phase, "a phase");
                var name = phase.Text("name", required: true, where: "a phase");
                var share = phase.Int("share");
                if (share is < 0 or > 100)
                    phase.Diagnostics.Error(phase.KeyAt("share"), Codes.WrongType, $"'share' is a percentage from 0 to 100, not {share}.");
                if (phaseId is not null && name is not null)
                {
                    if (phaseLines.TryGetValue(phaseId, out var firstLine))
                        phase.Diagnostics.Error(phase.KeyAt("id"), Codes.DuplicateId, $"Phase id '{phaseId}' is used twice in this shape; the first is at line {firstLine}.");
                    else
                    {
                        phases.Add(new ShapePhase(phaseId, name, share));
                        phaseLines[phaseId] = phase.KeyAt("id").Line;
                    }
                }
            }

            var shapeName = shape.Text("name", required: true, where: "a shape");
            var summary = shape.Text("summary") ?? "";
            if (phases.Sum(p => p.Share ?? 0) > 100)
                shape.Diagnostics.Error(shape.KeyAt("phases"), Codes.SharesOverHundred,
                    $"The phases' shares add up to {phases.Sum(p => p.Share ?? 0)}%: they are parts of one answer, so at most 100.");
            if (id is null || shapeName is null) continue;
            if (shapeLines.TryGetValue(id, out var first))
                shape.Diagnostics.Error(shape.KeyAt("id"), Codes.DuplicateId, $"Shape id '{id}' is used twice; the first is at line {first}.");
            else
            {
                shapes.Add(new AnswerShape(id, shapeName, summary, phases));
                shapeLines[id] = shape.KeyAt("id").Line;
            }
        }

        return shapes;
    }
}
