// Corpus cases for errors that lead to their cause: a file that does not parse hides what follows from it, every per-file
// rule reports in one run, a duplicate is blamed on the file just added, and what should not ship is warned about.
using Handbook.Tests.Support;
using static Handbook.Tests.BadContent.CorpusWriter;

namespace Handbook.Tests.BadContent;

internal static class CauseCases
{
    private const string Evidence = "content/evidence.yml";
    private const string LongLabel = "A label far too long to draw, that goes on and on about every single thing the team did that quarter and the next";

    public static IEnumerable<BadContentCase> All =>
    [
        // A source appended at the wrong indentation: one YAML error, not a "not defined" for every file that cites a source.
        new("evidence-bad-indent-hides-references", w => File.AppendAllText(w[Evidence], "   - id: new-source\n    name: New\n")),
        new("handbook-syntax-error-hides-shape-errors", w => w.Edit(HandbookFile, "title: Fixture Handbook", "title: [Fixture Handbook")),
        new("syntax-error-listed-first", w =>
        {
            w.Edit(First, "kind: flagship", "knd: flagship");
            w.Write($"{Questions}/06-x.yml", "question: {broken\n");
        }),
        // HB0040 is drawn after the loaders: it used to wait until every other error was fixed.
        new("diagram-label-and-unknown-key-in-one-run", w =>
        {
            w.Edit(First, "  - label: Act", $"  - label: {LongLabel}");
            w.Edit($"{Questions}/02-second.yml", "summary:", "sumary: x\nsummary:");
        }),
        // The file written later (here a minute after the others) is the one blamed, whichever sorts first; the other is named.
        new("duplicate-area-order-blames-the-new-area", w => NewArea(w, "aardvark", 10)),
        new("duplicate-area-slug-blames-the-new-area", w => NewArea(w, "05-alpha", 20)),
        new("duplicate-source-id-names-the-first", w => File.AppendAllText(w[Evidence], "  - id: dashboards\n    name: Again\n")),
        new("duplicate-phase-and-shape-ids-name-the-first", w => w.Edit(HandbookFile, "      - id: learnings\n        name: Learnings",
            "      - id: learnings\n        name: Learnings\n      - id: context\n        name: Again\n  - id: carl\n    name: Again\n    phases:\n      - id: x\n        name: X")),
        new("todo-left-is-a-warning", w => w.Edit(First, "  - First signal.", "  - \"TODO: a signal the interviewer listens for.\"")),
        new("todo-in-a-comment-is-fine", w => w.Edit(First, "  - First signal.", "  - First signal.  # TODO: a second one")),
        new("missing-schema-line", w => w.Write("content/schemas/question.schema.json", "{}")),
    ];

    private static void NewArea(Workspace w, string folder, int order)
    {
        w.Write($"content/areas/{folder}/area.yml", $"title: New area\norder: {order}\nsummary: A new area.\n");
        w.Write($"content/areas/{folder}/questions/01-one.yml", QuestionTitled("One?") + "evidence:\n  - source: dashboards\n    pull: from them.\n");
        foreach (var file in Directory.EnumerateFiles(w[$"content/areas/{folder}"], "*.yml", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
    }
}
