// The starter question file written by `new question`: a flow laid out on the area's shape, valid at once, TODO where the writer has work to do.
using System.Text;
using Handbook.Content;
using Handbook.Model;

namespace Handbook.Scaffold;

internal static class QuestionStarterBuilder
{
    /// <summary>The file name: the next free NN- prefix after the area's files (03 after 01 and 02), whatever their orders.</summary>
    public static string FileName(Area area, string slug) => $"{NextPrefix(area):00}-{slug}.yml";

    /// <summary>An `order:` for the starter when its prefix alone would not put it last: the area's questions set larger orders
    /// (10, 20, 30) in their files, so the prefix 04 would sort first, or repeat one.</summary>
    public static int? ExplicitOrder(Area area)
    {
        var highest = area.Questions.Select(q => q.Order).OfType<int>().DefaultIfEmpty(0).Max();
        return NextPrefix(area) > highest ? null : highest + 1;
    }

    private static int NextPrefix(Area area) =>
        area.Questions.Select(q => Slug.FromName(Path.GetFileNameWithoutExtension(q.SourceFile)).Order).OfType<int>().DefaultIfEmpty(0).Max() + 1;

    public static string Build(Site site, Area area, string question, string? kind)
    {
        var shape = area.Shape is { } id ? site.Settings.Shape(id) : null;
        var source = site.Sources.Count > 0 ? site.Sources[0] : null;
        var text = new StringBuilder();
        text.Append("# yaml-language-server: $schema=../../../schemas/question.schema.json\n");
        text.Append($"# A question of the area '{area.Slug}'. Every field is described in content/README.md. Replace each TODO, then build:\n");
        text.Append("#   dotnet run --project build/Handbook -- build\n");
        text.Append($"question: {YamlText.Quote(question)}\n");
        if (ExplicitOrder(area) is { } order)
            text.Append($"# Where it comes in the area: after the questions' own orders (the file name's number alone would not).\norder: {order}\n");
        text.Append("# A few words naming the question in the sidebar, breadcrumbs and previous/next (one line, at most 48 characters).\n");
        text.Append("# short_title: TODO\n");
        text.Append("# A free label shown as a badge: opening, flagship, mechanics, ...\n");
        text.Append(kind is null ? "# kind: flagship\n" : $"kind: {YamlText.Quote(kind)}\n");
        text.Append("# What the question tests, in one line; shown under the question and in search (inline Markdown).\n");
        text.Append("summary: \"TODO: what this question tests.\"\n");
        AppendFlow(text, shape);
        text.Append("# How to answer: 1 to 12 bullets (inline Markdown each).\n");
        text.Append("how_to_answer:\n  - \"TODO: the first thing to say.\"\n");
        text.Append("# What the interviewer is looking for: one line per signal.\n");
        text.Append("listening_for:\n  - \"TODO: a signal the interviewer listens for.\"\n");
        if (source is not null)
        {
            text.Append($"# Where to get your data: each `source` is an id from evidence.yml ({string.Join(", ", site.Sources.Select(s => s.Id))}).\n");
            text.Append($"evidence:\n  - source: {source.Id}\n    pull: \"TODO: what to pull from it for this story.\"\n");
        }
        else
        {
            text.Append("# Where to get your data: add sources to evidence.yml, then list them here with `evidence:`.\n");
        }

        return text.ToString();
    }

    // With a shape, one step per phase (so the diagram is coloured by phase); without one, plain labels.
    private static void AppendFlow(StringBuilder text, AnswerShape? shape)
    {
        text.Append($"# The answer's flow: {AreaFileReader.MinSteps} to {AreaFileReader.MaxSteps} steps, drawn as a diagram. A step is a plain label, or a\n");
        if (shape is null)
        {
            text.Append("# `label` with the `phase` of the area's shape (this area names no shape).\n");
            text.Append("flow:\n  - \"TODO: first step\"\n  - \"TODO: second step\"\n");
            return;
        }

        text.Append($"# `label` with the `phase` of the area's shape ({shape.Id}: {string.Join(", ", shape.Phases.Select(p => p.Id))}). Rename the labels.\n");
        text.Append("flow:\n");
        var phases = shape.Phases.Take(AreaFileReader.MaxSteps).ToList();
        foreach (var phase in phases)
            text.Append($"  - label: {YamlText.Quote(phase.Name)}\n    phase: {phase.Id}\n");
        for (var i = phases.Count; i < AreaFileReader.MinSteps; i++)
            text.Append("  - \"TODO: next step\"\n");
    }
}
