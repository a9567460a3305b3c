// Corpus cases around the YAML: files that are not files, names, sizes, Markdown, settings and references.
using Handbook.Tests.Support;
using static Handbook.Tests.BadContent.CorpusWriter;

namespace Handbook.Tests.BadContent;

internal static class FileCases
{
    /// <summary>A file outside content/ whose text must never appear in anything the build prints or writes.</summary>
    public const string OutsideToken = "OUTSIDE-TOKEN-7f3a9c";

    public static IEnumerable<BadContentCase> All =>
    [
        // Entries that are not plain files inside content/.
        new("fifo", w => Mkfifo(w[$"{Questions}/06-f.yml"]), UnixOnly: true),
        new("symlink-to-dev-zero", w => File.CreateSymbolicLink(w[$"{Questions}/06-z.yml"], "/dev/zero"), UnixOnly: true),
        new("symlink-out-of-content", w =>
        {
            w.Write("elsewhere/secret.yml", $"question: {OutsideToken}\nsummary: s\nflow: [a, b]\nhow_to_answer: [x]\n");
            File.CreateSymbolicLink(w[$"{Questions}/06-s.yml"], w["elsewhere/secret.yml"]);
        }, UnixOnly: true),
        new("symlink-to-etc-passwd", w => File.CreateSymbolicLink(w[$"{Questions}/06-p.yml"], "/etc/passwd"), UnixOnly: true),
        new("dangling-symlink", w => File.CreateSymbolicLink(w[$"{Questions}/06-d.yml"], w["content/nowhere.yml"]), UnixOnly: true),
        new("symlink-loop", w =>
        {
            File.CreateSymbolicLink(w[$"{Questions}/06-a.yml"], w[$"{Questions}/06-b.yml"]);
            File.CreateSymbolicLink(w[$"{Questions}/06-b.yml"], w[$"{Questions}/06-a.yml"]);
        }, UnixOnly: true),
        new("folder-symlink-loop", w => Directory.CreateSymbolicLink(w["content/areas/alpha/loop"], w["content/areas"]), UnixOnly: true),
        new("symlink-inside-content-is-fine", w =>
        {
            File.CreateSymbolicLink(w[$"{Questions}/03-third.yml"], w[First]);           // absolute, inside content/
            File.CreateSymbolicLink(w[$"{Questions}/04-fourth.yml"], "02-second.yml");  // relative, beside it
        }, UnixOnly: true),
        new("file-over-1-mb", NewQuestion("06-big.yml", QuestionTitled("Big?") + "# " + Repeat("x", 1_100_000) + "\n")),
        new("yaml-beside-yml", w => w.Write("content/areas/alpha/area.yaml", File.ReadAllText(w[Area]))),
        new("upper-case-extension", w => w.Write($"{Questions}/03-third.YML", QuestionTitled("Third?"))),
        new("question-is-a-folder", w => Directory.CreateDirectory(w[$"{Questions}/03-third.yml"])),

        // Names that become URLs and folders.
        new("slug-with-capitals", NewQuestion("03-Third.yml", QuestionTitled("Third?"))),
        new("slug-with-space", NewQuestion("03-third one.yml", QuestionTitled("Third?"))),
        new("slug-with-newline", NewQuestion("03-third\n.yml", QuestionTitled("Third?")), UnixOnly: true),
        new("slug-too-long", NewQuestion("03-" + Repeat("a", 200) + ".yml", QuestionTitled("Third?"))),
        new("slug-non-ascii", NewQuestion("03-café.yml", QuestionTitled("Third?"))),
        new("reserved-question-slug", NewQuestion("03-print.yml", QuestionTitled("Print?"))),
        new("reserved-area-slug", w => w.Write("content/areas/search/area.yml", "title: Search\nsummary: s\n")),

        // Markdown past every parser's patience, and script that must arrive as text.
        new("markdown-quotes-128-deep", NewQuestion("06-m.yml", QuestionWithBlock(Repeat("> ", 128) + "deep"))),
        new("markdown-emphasis-300-deep", NewQuestion("06-m.yml", QuestionWithBlock(Repeat("*", 300) + "deep" + Repeat("*", 300)))),
        new("markdown-lists-200-deep", NewQuestion("06-m.yml", QuestionWithBlock(string.Join('\n', Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- x"))))),
        new("markdown-links-300-deep", NewQuestion("06-m.yml", QuestionWithBlock(Repeat("[", 300) + "x" + Repeat("](/)", 300)))),
        new("script-in-content-is-text", NewQuestion("06-m.yml", QuestionWithBlock("<script>alert(1)</script> <img src=x onerror=alert(2)> [a](javascript:alert(3))"))),

        // Types and values.
        new("map-where-text-expected", EditFirst("kind: flagship", "kind:\n  a: b")),
        new("null-question", EditFirst("question: Tell me about the first thing.", "question: ~")),
        new("huge-order", w => w.Edit(Area, "order: 10", "order: 99999999999999999999999")),
        new("negative-order", w => w.Edit(Area, "order: 10", "order: -5")),
        new("share-over-100", w => w.Edit(HandbookFile, "share: 50", "share: 500")),
        new("javascript-repository", w => w.Write(HandbookFile, File.ReadAllText(w[HandbookFile]) + "repository: javascript:alert(1)\n")),

        // base_path, which ends up in every page's asset URLs.
        new("base-path-backslash", w => w.Write(HandbookFile, File.ReadAllText(w[HandbookFile]) + "base_path: '/\\evil.example/'\n")),
        new("base-path-tab", w => w.Write(HandbookFile, File.ReadAllText(w[HandbookFile]) + "base_path: \"/a\\tb/\"\n")),
        new("base-path-protocol-relative", w => w.Write(HandbookFile, File.ReadAllText(w[HandbookFile]) + "base_path: //evil.example/\n")),
        new("base-path-scheme", w => w.Write(HandbookFile, File.ReadAllText(w[HandbookFile]) + "base_path: https://evil.example/\n")),
        new("base-path-javascript", w => w.Write(HandbookFile, File.ReadAllText(w[HandbookFile]) + "base_path: 'javascript:alert(1)//'\n")),

        // References across files.
        new("unknown-source", EditFirst("source: dashboards", "source: dashbords")),
        new("unknown-phase", EditFirst("phase: results", "phase: result")),
        new("duplicate-question-order", NewQuestion("01-again.yml", QuestionTitled("Again?"))),
    ];

    private static void Mkfifo(string path)
    {
        var (code, output) = Shell.Run($"mkfifo '{path}'", Path.GetDirectoryName(path)!, TimeSpan.FromSeconds(10));
        Assert.True(code == 0, output);
    }
}
