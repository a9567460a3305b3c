// Writes a Hugo project of N pages (headings, table of contents, cross-links with anchors) so `check` can be timed on another generator's output.
using System.Text;

namespace Handbook.Benchmarks;

public static class HugoSite
{
    public const string BaseUrl = "https://example.org/";

    public static void Write(string folder, int pages)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var docs = Path.Combine(folder, "content", "docs");
        var layouts = Path.Combine(folder, "layouts", "_default");
        Directory.CreateDirectory(docs);
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(folder, "hugo.toml"), $"baseURL = \"{BaseUrl}\"\ntitle = \"Hugo benchmark\"\ndisableKinds = [\"taxonomy\", \"term\"]\n");
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="canonical" href="{{ .Permalink }}"></head>
            <body>
            <nav><a href="{{ "/" | relURL }}">Home</a> <a href="{{ "/docs/" | relURL }}">Docs</a>
            {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">Previous</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}#section-2">Next, section 2</a>{{ end }}</nav>
            <main>{{ block "main" . }}{{ end }}</main>
            </body></html>
            """);
        File.WriteAllText(Path.Combine(layouts, "single.html"), """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}{{ end }}""");
        File.WriteAllText(Path.Combine(layouts, "list.html"),
            """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}""");
        File.WriteAllText(Path.Combine(folder, "content", "_index.md"), "---\ntitle: Home\n---\n");
        File.WriteAllText(Path.Combine(docs, "_index.md"), "---\ntitle: Docs\n---\n");

        var random = new Random(pages);
        for (var i = 1; i <= pages; i++)
        {
            var links = string.Join(' ', Enumerable.Range(0, 5).Select(_ =>
                $"See [page {random.Next(1, pages + 1)}]({{{{< relref \"p-{random.Next(1, pages + 1):D4}.md#section-{random.Next(1, 4)}\" >}}}})."));
            var body = new StringBuilder($"---\ntitle: Page {i}\nweight: {i}\n---\n");
            for (var section = 1; section <= 3; section++) body.Append($"\n## Section {section}\n\nText for section {section} of page {i}. {links}\n");
            File.WriteAllText(Path.Combine(docs, $"p-{i:D4}.md"), body.ToString());
        }
    }
}
