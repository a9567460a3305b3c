// The diagrams the golden-file and geometry tests draw: step counts 2..12, long words, non-ASCII, emoji, with and without phases.
using Handbook.Diagrams;

namespace Handbook.Tests.Support;

public static class DiagramCases
{
    private static readonly (string Id, string Name)[] Carl = [("context", "Context"), ("actions", "Actions"), ("results", "Results"), ("learnings", "Learnings")];

    public static IReadOnlyDictionary<string, (DiagramKind Kind, string Title, DiagramStep[] Steps)> All { get; } =
        new Dictionary<string, (DiagramKind, string, DiagramStep[])>
        {
            ["flow-2-steps"] = Flow(["Spot the problem", "Fix it"]),
            ["flow-4-steps-phases"] = Flow(["Context", "Mitigate first", "Result", "Learning"], phases: [0, 1, 2, 3]),
            ["flow-6-steps"] = Flow(["Reliability is a feature", "Set the error budget with product", "Spend it deliberately",
                "Partner with SRE on shared ownership", "Own your toil", "Review on error-budget burn"]),
            ["flow-9-steps-some-phases"] = Flow(["Context", "Quantify the risk in SEV cost and budget burn", "Frame it as a tradeoff",
                "Make the bet", "Sequence it alongside delivery", "Check in weekly", "Result", "Learning", "What I would repeat"],
                phases: [0, 1, 1, 1, 1, -1, 2, 3, -1]),
            // Actions with a share: a band over the run, split where the rows wrap, labelled clear of the arrow coming down.
            ["flow-8-steps-shares"] = Flow(["Context", "Mitigate first", "Set clear roles", "One source of truth", "Blameless root cause",
                "Durable fixes", "Result", "Learning"], phases: [0, 1, 1, 1, 1, 1, 2, 3], actionsShare: 50),
            // A run of one narrow box starting a row: the arrow comes down its middle, so the label drops the phase's name to fit beside it.
            ["flow-12-steps-one-action"] = Flow([.. Enumerable.Range(1, 12).Select(i => $"Step {i}")],
                phases: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0], actionsShare: 45),
            ["flow-12-steps"] = Flow([.. Enumerable.Range(1, 12).Select(i => $"Step number {i} of a long flow that wraps")]),
            ["flow-12-steps-phases"] = Flow([.. Enumerable.Range(1, 12).Select(i => $"Step {i}: keep the story moving")],
                phases: [.. Enumerable.Range(0, 12).Select(i => i * 4 / 12)]),
            ["flow-long-word"] = Flow(["Supercalifragilisticexpialidocious", "Pneumonoultramicroscopicsilicovolcanoconiosis explained", "Done"]),
            ["flow-non-ascii"] = Flow(["Zürich façade: naïve café crème", "Łódź → Kraków, straße", "Ελληνικά και русский текст", "«Fin» — ¿qué?"],
                phases: [0, 1, 2, 3]),
            ["flow-emoji"] = Flow(["Ship it 🚀", "Celebrate 🎉 with the team 👩‍💻", "日本語のラベル", "Plain <b>&amp;</b> \"quoted\""]),
            // A phase name too wide to sit beside the number badge: every box starts its text on the line below.
            ["flow-long-phase-name"] = (DiagramKind.Flow, "The flow, in 3 steps",
                [new("Set the scene", null, "context", "Context and the stakes"), new("Act", null, "actions", "Actions"),
                 new("Land it", null, "results", "Results you can measure well")]),
            ["spine-6-steps"] = Spine([("Define SLOs", "set the target, not 100%."), ("Instrument", "alert on symptoms."),
                ("Mitigate fast", "stabilize before you debug."), ("Blameless postmortem", "find the systemic cause."),
                ("Durable fixes", null), ("Reduce toil", null)]),
            ["spine-3-steps-long-taglines"] = Spine([("Listen", "hear the whole question before you pick a story to tell"),
                ("Shape", "context, actions, results and learnings in that order"), ("Land it", "one number")]),
        };

    public static TheoryData<string> Names() => [.. All.Keys.Order(StringComparer.Ordinal)];

    private static (DiagramKind, string, DiagramStep[]) Flow(string[] labels, int[]? phases = null, int? actionsShare = null) =>
        (DiagramKind.Flow, $"The flow, in {labels.Length} steps", [.. labels.Select((l, i) =>
            phases is { } p && p[i] >= 0
                ? new DiagramStep(l, null, Carl[p[i]].Id, Carl[p[i]].Name, p[i] == 1 ? actionsShare : null, p[i] == 1 && actionsShare is not null ? Carl[1].Name : null)
                : new DiagramStep(l))]);

    private static (DiagramKind, string, DiagramStep[]) Spine((string Title, string? Tagline)[] steps) =>
        (DiagramKind.Spine, $"The spine, in {steps.Length} steps", [.. steps.Select(s => new DiagramStep(s.Title, s.Tagline))]);
}
