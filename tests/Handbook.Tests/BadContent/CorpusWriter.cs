// Small builders for corpus cases: where the fixture's files are, and the generated inputs too large to keep as files.
using System.Text;
using Handbook.Tests.Support;

namespace Handbook.Tests.BadContent;

internal static class CorpusWriter
{
    public const string Questions = "content/areas/alpha/questions";
    public const string First = Questions + "/01-first.yml";
    public const string Area = "content/areas/alpha/area.yml";
    public const string HandbookFile = "content/handbook.yml";

    /// <summary>A new question file holding exactly <paramref name="yaml"/>.</summary>
    public static Action<Workspace> NewQuestion(string name, string yaml) => w => w.Write($"{Questions}/{name}", yaml);

    /// <summary>The first question with one line replaced, as an author's slip would.</summary>
    public static Action<Workspace> EditFirst(string from, string to) => w => w.Edit(First, from, to);

    /// <summary>A valid question whose title is <paramref name="title"/> written as a double-quoted YAML scalar.</summary>
    public static string QuestionTitled(string title) =>
        $"question: \"{title}\"\nsummary: A summary.\nflow:\n  - One\n  - Two\nhow_to_answer:\n  - A bullet.\n";

    /// <summary>A valid question with <paramref name="bullet"/> as its only how-to-answer bullet (a literal block).</summary>
    public static string QuestionWithBlock(string summaryBlock) =>
        "question: Deep?\nsummary: |\n" + string.Join('\n', summaryBlock.Split('\n').Select(l => "  " + l)) +
        "\nflow:\n  - One\n  - Two\nhow_to_answer:\n  - A bullet.\n";

    /// <summary>The "billion laughs": each anchor a list of nine aliases of the one before, so a few hundred bytes stand for 9^levels nodes.</summary>
    public static string AliasBomb(int levels, bool asKey)
    {
        var text = new StringBuilder("a0: &a0 [lol]\n");
        for (var i = 1; i <= levels; i++)
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        text.Append(asKey ? $"? *a{levels}\n: x\n" : $"question: *a{levels}\n");
        return text.ToString();
    }

    public static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    /// <summary>Block lists nested <paramref name="depth"/> deep under how_to_answer.</summary>
    public static string NestedLists(int depth)
    {
        var text = new StringBuilder("question: Nested?\nsummary: S.\nflow:\n  - One\n  - Two\nhow_to_answer:\n");
        for (var i = 0; i < depth; i++) text.Append(new string(' ', 2 * (i + 1))).Append("-\n");
        text.Append(new string(' ', 2 * (depth + 1))).Append("- leaf\n");
        return text.ToString();
    }
}
