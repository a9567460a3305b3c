// Reads one question file: the question, its flow, how to answer, signals and evidence.
using Handbook.Diagnostics;
using Handbook.Model;
using YamlDotNet.RepresentationModel;

namespace Handbook.Content;

internal static class QuestionFileReader
{
    public static Question Read(YamlMap map, string slug, int? prefixOrder)
    {
        map.RejectUnknownKeys("a question file", "question", "short_title", "order", "kind", "summary", "flow", "how_to_answer",
            "listening_for", "evidence");
        return new Question
        {
            Slug = slug,
            SourceFile = map.File,
            Text = map.Text("question", required: true) ?? "",
            ShortTitle = ReadShortTitle(map),
            Order = map.Int("order") ?? prefixOrder,
            OrderLocation = map.Get("order") is { } o ? map.At(o) : map.Location,
            Kind = map.Text("kind"),
            Summary = map.Text("summary", required: true) ?? "",
            Flow = ReadFlow(map),
            HowToAnswer = map.TextList("how_to_answer", required: true, min: 1, max: AreaFileReader.MaxItems),
            ListeningFor = map.TextList("listening_for", max: AreaFileReader.MaxItems),
            Evidence = EvidenceRefReader.Read(map),
        };
    }

    /// <summary>The sidebar, breadcrumbs and previous/next show it in a narrow column: one line of a few words, plain text.</summary>
    public const int ShortTitleMax = 48;

    private static string? ReadShortTitle(YamlMap map)
    {
        if (map.Text("short_title") is not { } text || map.Get("short_title") is not { } node) return null;
        var trimmed = text.Trim();
        if (trimmed.Contains('\n') || trimmed.Length > ShortTitleMax)
        {
            map.Diagnostics.Error(map.At(node), Codes.ShortTitleTooLong,
                $"'short_title' must be one line of at most {ShortTitleMax} characters, but it has {trimmed.Length}{(trimmed.Contains('\n') ? " on several lines" : "")}: a few words that name the question in the sidebar.");
            return null;
        }

        return trimmed;
    }

    private static List<FlowStep> ReadFlow(YamlMap map)
    {
        var steps = new List<FlowStep>();
        var nodes = map.List("flow", required: true, AreaFileReader.MinSteps, AreaFileReader.MaxSteps, Codes.FlowStepCount);
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node is YamlMappingNode)
            {
                var step = map.AsMap(node, "a flow step")!;
                step.RejectUnknownKeys("a flow step", "label", "phase");
                if (step.Text("label", required: true, where: $"flow step {i + 1}") is { } label)
                    steps.Add(new FlowStep(label, step.Text("phase"), step.Location));
            }
            else if (map.ReadText(node, $"flow step {i + 1}", required: true) is { } label)
            {
                steps.Add(new FlowStep(label, null, map.At(node)));
            }
        }

        return steps;
    }
}
