// Reads an area.yml: the area's texts, its spine, signals, evidence and quick-fire questions.
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Content;

internal static class AreaFileReader
{
    public const int MinSteps = 2;
    public const int MaxSteps = 12;

    // Caps on every list of the contract, far above real content: a list of 100,000 items is a mistake to report on its line.
    public const int MaxItems = 12;
    public const int MaxQuickQuestions = 50;

    public static Area Read(YamlMap map, string slug, int? prefixOrder)
    {
        map.RejectUnknownKeys("area.yml", "title", "order", "summary", "shape", "intro", "framework", "listening_for",
            "evidence", "more_questions", "closing");
        return new Area
        {
            Slug = slug,
            SourceFile = map.File,
            Title = map.Text("title", required: true) ?? "",
            Order = map.Int("order") ?? prefixOrder,
            OrderLocation = map.Get("order") is { } o ? map.At(o) : map.Location,
            Summary = map.Text("summary", required: true) ?? "",
            Shape = map.Text("shape"),
            ShapeLocation = map.Get("shape") is { } s ? map.At(s) : null,
            Intro = map.Text("intro"),
            Framework = map.Map("framework") is { } f ? ReadFramework(f) : null,
            ListeningFor = map.TextList("listening_for", max: MaxItems),
            Evidence = EvidenceRefReader.Read(map),
            MoreQuestions = map.Map("more_questions") is { } m ? ReadMore(m) : null,
            Closing = map.Text("closing"),
        };
    }

    private static Framework ReadFramework(YamlMap map)
    {
        map.RejectUnknownKeys("framework", "heading", "intro", "name", "summary", "steps");
        var steps = new List<FrameworkStep>();
        foreach (var node in map.List("steps", required: true, MinSteps, MaxSteps, Codes.FlowStepCount, "framework"))
        {
            if (map.AsMap(node, "a framework step") is not { } step) continue;
            step.RejectUnknownKeys("a framework step", "title", "tagline", "detail");
            if (step.Text("title", required: true, where: "a framework step") is { } title)
                steps.Add(new FrameworkStep(title, step.Text("tagline"), step.Text("detail"), step.Location));
        }

        return new Framework
        {
            Heading = map.Text("heading"),
            Intro = map.Text("intro"),
            Name = map.Text("name") ?? "",
            Summary = map.Text("summary"),
            Steps = steps,
        };
    }

    private static MoreQuestions ReadMore(YamlMap map)
    {
        map.RejectUnknownKeys("more_questions", "title", "intro", "items");
        var items = new List<QuickQuestion>();
        foreach (var node in map.List("items", required: true, min: 1, max: MaxQuickQuestions, where: "more_questions"))
        {
            if (map.AsMap(node, "a quick-fire question") is not { } item) continue;
            item.RejectUnknownKeys("a quick-fire question", "question", "how_to_answer");
            var question = item.Text("question", required: true, where: "a quick-fire question");
            var answer = item.TextList("how_to_answer", required: true, min: 1, max: MaxItems, where: "a quick-fire question");
            if (question is not null) items.Add(new QuickQuestion(question, answer));
        }

        return new MoreQuestions(map.Text("title"), map.Text("intro"), items);
    }
}
