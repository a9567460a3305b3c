// Reads one question file: the question, its flow, how to answer, signals and evidence.
using Handbook.Diagnostics;
using Handbook.Model;
using YamlDotNet.RepresentationModel;

namespace Handbook.Content;

internal static class QuestionFileReader
{
    public static Question Read(YamlMap map, string slug, int? prefixOrder)
    {
        map.RejectUnknownKeys("a question file", "question", "order", "kind", "summary", "flow", "how_to_answer",
            "listening_for", "evidence");
        return new Question
        {
            Slug = slug,
            SourceFile = map.File,
            Text = map.Text("question", required: true) ?? "",
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
