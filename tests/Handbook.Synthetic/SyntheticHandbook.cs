// Writes a large synthetic content folder (N questions over several areas) for benchmarks, deterministic for a given N.
using System.Text;

namespace Handbook.Synthetic;

public static class SyntheticHandbook
{
    private static readonly string[] Words =
    [
        "latency", "budget", "incident", "rollback", "postmortem", "serialization", "deployment", "capacity", "alerting",
        "dependency", "migration", "ownership", "roadmap", "hiring", "feedback", "escalation", "retention", "tradeoff",
        "throughput", "availability", "database", "cache", "queue", "partition", "replica", "timeout", "retry", "quota",
        "stakeholder", "delegation", "mentoring", "prioritization", "architecture", "observability", "runbook", "toil",
        "deadline", "estimate", "conflict", "alignment", "strategy", "metric", "experiment", "rollout", "canary", "outage",
        "serializer", "deserialize", "debugging", "design", "decision", "delivery", "developer", "default", "degradation",
    ];

    /// <summary>Writes handbook.yml, evidence.yml and <paramref name="questions"/> question files into <paramref name="folder"/>,
    /// about 100 questions an area, like a large real handbook.</summary>
    public static void Write(string folder, int questions, int? areaCount = null)
    {
        var areas = areaCount ?? Math.Max(1, questions / 100);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var random = new Random(questions);
        File.WriteAllText(Path.Combine(folder, "handbook.yml"), """
            title: Synthetic Handbook
            company: Acme
            shapes:
              - id: carl
                name: CARL
                summary: Context, Actions, Results, Learnings.
                phases:
                  - { id: context, name: Context }
                  - { id: actions, name: Actions }
                  - { id: results, name: Results }
                  - { id: learnings, name: Learnings }
            """);
        File.WriteAllText(Path.Combine(folder, "evidence.yml"), "sources:\n" + string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"  - id: source-{i}\n    name: Source {i} {Words[i]}\n    summary: Where the {Words[i + 8]} numbers live.\n")));

        var perArea = (int)Math.Ceiling(questions / (double)areas);
        for (var a = 0; a < areas; a++)
        {
            var areaDir = Path.Combine(folder, "areas", $"area-{a + 1:D2}");
            Directory.CreateDirectory(Path.Combine(areaDir, "questions"));
            File.WriteAllText(Path.Combine(areaDir, "area.yml"),
                $"title: Area {a + 1} {Sentence(random, 2)}\norder: {(a + 1) * 10}\nsummary: {Sentence(random, 12)}\nshape: carl\n" +
                $"listening_for:\n  - {Sentence(random, 8)}\nevidence:\n  - source: source-{a % 8 + 1}\n    pull: from the {Sentence(random, 6)}\n");
            for (var q = 0; q < perArea && a * perArea + q < questions; q++)
                File.WriteAllText(Path.Combine(areaDir, "questions", $"q-{q + 1:D5}.yml"), Question(random, a * perArea + q + 1));
        }
    }

    private static string Question(Random random, int n)
    {
        var text = new StringBuilder();
        text.Append($"question: Tell me about {Sentence(random, 8)} number {n}?\n");
        text.Append($"kind: {Words[random.Next(Words.Length)]}\n");
        text.Append($"summary: {Sentence(random, 25)}\n");
        text.Append("flow:\n");
        string[] phases = ["context", "actions", "actions", "actions", "results", "learnings"];
        foreach (var phase in phases) text.Append($"  - label: {Capitalise(Sentence(random, 3))}\n    phase: {phase}\n");
        text.Append("how_to_answer:\n");
        for (var i = 0; i < 5; i++) text.Append($"  - {Capitalise(Sentence(random, 20))}.\n");
        text.Append("listening_for:\n");
        for (var i = 0; i < 4; i++) text.Append($"  - {Capitalise(Sentence(random, 10))}.\n");
        text.Append($"evidence:\n  - source: source-{random.Next(1, 9)}\n    pull: from the {Sentence(random, 10)}.\n");
        return text.ToString();
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
