// Corpus cases in the YAML itself: syntax slips, hostile structures (aliases, nesting, tags, documents) and hidden characters.
using static Handbook.Tests.BadContent.CorpusWriter;

namespace Handbook.Tests.BadContent;

internal static class YamlCases
{
    public static IEnumerable<BadContentCase> All =>
    [
        // Syntax slips an author makes.
        new("missing-bracket", NewQuestion("06-x.yml", "flow: [Context, Result\nhow_to_answer:\n  - x\n")),
        new("missing-brace", NewQuestion("06-x.yml", "question: {a: b\nsummary: s\n")),
        new("unclosed-double-quote", EditFirst("summary: The first question's summary.", "summary: \"The first question's summary.")),
        new("unclosed-single-quote", EditFirst("summary: The first question's summary.", "summary: 'The first question''s summary.")),
        new("tab-indentation", EditFirst("  - First answer bullet.", "\t- First answer bullet.")),
        new("deeper-indent-continues-the-line", EditFirst("  - Second answer bullet.", "     - Second answer bullet.")),
        new("colon-in-plain-text", EditFirst("summary: The first question's summary.", "summary: Context: the first one.")),
        new("duplicate-key", EditFirst("kind: flagship", "kind: flagship\nkind: other")),
        new("lone-colon-at-the-end", w => w.Write(First, File.ReadAllText(w[First]).TrimEnd('\n') + "\n:")),
        new("undefined-alias", EditFirst("kind: flagship", "kind: *nowhere")),
        new("root-is-a-list", NewQuestion("06-x.yml", "- question: A list?\n")),
        new("root-is-text", NewQuestion("06-x.yml", "just some words\n")),
        new("only-comments", NewQuestion("06-x.yml", "# nothing but a comment\n")),
        new("utf16-file", w => File.WriteAllText(w[First], File.ReadAllText(w[First]), new System.Text.UnicodeEncoding(false, true))),
        new("invalid-utf8", w => File.WriteAllBytes(w[$"{Questions}/06-x.yml"], [.. "question: caf"u8, 0xC3, 0x28, .. "\n"u8])),
        new("overlong-utf8", w => File.WriteAllBytes(w[$"{Questions}/06-x.yml"], [.. "question: "u8, 0xC0, 0xAF, .. "\n"u8])),

        // Hostile structures: small files that used to crash or never finish.
        new("recursive-alias-key", NewQuestion("06-c.yml", "? &k [1, *k]\n: x\n")),
        new("alias-as-key", NewQuestion("06-c.yml", "a: &a question\n? *a\n: x\n")),
        new("alias-bomb-key", NewQuestion("06-b.yml", AliasBomb(9, asKey: true))),
        new("alias-bomb-value", NewQuestion("06-b.yml", AliasBomb(9, asKey: false))),
        new("nested-flow-20000", NewQuestion("06-n.yml", "question: " + Repeat("{", 20_000) + "\n")),
        new("nested-flow-lists-5000", NewQuestion("06-n.yml", "question: " + Repeat("[", 5_000) + Repeat("]", 5_000) + "\n")),
        new("nested-block-lists-100", NewQuestion("06-n.yml", NestedLists(100))),
        new("second-document", w => w.Write(First, File.ReadAllText(w[First]) + "---\nquestion: Another?\n")),
        new("custom-tag", EditFirst("kind: flagship", "kind: !foo flagship")),
        new("binary-tag", EditFirst("kind: flagship", "kind: !!binary aGVsbG8=")),
        new("many-list-items", NewQuestion("06-l.yml", "question: Long?\nsummary: S.\nflow:\n  - One\n  - Two\nhow_to_answer:\n" + Repeat("  - x\n", 100_000))),
        new("small-alias-is-fine", EditFirst("  - First signal.", "  - &s First signal.\n  - *s")),

        // Characters an editor does not show.
        new("nul-in-title", NewQuestion("06-x.yml", QuestionTitled("Null\\0 here?").Replace("\\0", "\0"))),
        new("bel-in-summary", EditFirst("summary: The first question's summary.", "summary: The first\a question's summary.")),
        new("escaped-bel-in-title", NewQuestion("06-x.yml", QuestionTitled("Bell \\a here?"))),
        new("escaped-rtl-override-in-title", NewQuestion("06-x.yml", QuestionTitled("Who approved \\u202Egnp.exe?"))),
        new("rtl-override-in-title", NewQuestion("06-x.yml", QuestionTitled("Who approved \u202Egnp.exe?"))),
        new("bidi-isolate-in-bullet", EditFirst("  - First answer bullet.", "  - First \u2066answer\u2069 bullet.")),
        new("c1-control", EditFirst("summary: The first question's summary.", "summary: The first \u009B question's summary.")),
        new("delete-character", EditFirst("summary: The first question's summary.", "summary: The first \u007F question's summary.")),
        new("line-separator", EditFirst("summary: The first question's summary.", "summary: The first\u2028question's summary.")),
        new("crlf-and-bom-are-fine", w => File.WriteAllText(w[First], "\uFEFF" + File.ReadAllText(w[First]).Replace("\n", "\r\n"))),
    ];
}
