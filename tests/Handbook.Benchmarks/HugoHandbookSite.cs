// Writes the Hugo equivalent of a synthetic content folder: a page per question with the same fields, a section per area
// whose pages each list the whole section (as our sidebar does), and a page per evidence source.
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Handbook.Benchmarks;

public static class HugoHandbookSite
{
    public const string BaseUrl = "https://example.org/";

    public static void Write(string content, string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var pages = Path.Combine(folder, "content");
        var layouts = Path.Combine(folder, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(folder, "hugo.toml"),
            $"baseURL = \"{BaseUrl}\"\ntitle = \"Synthetic Handbook\"\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n");
        foreach (var (name, text) in Layouts) File.WriteAllText(Path.Combine(layouts, name), text);
        Write(Path.Combine(pages, "_index.md"), "Synthetic Handbook", 0, "", "");

        foreach (var source in Load(Path.Combine(content, "evidence.yml")).Children[new YamlScalarNode("sources")].AllNodes.OfType<YamlMappingNode>())
            Write(Path.Combine(pages, "sources", Text(source, "id") + ".md"), Text(source, "name"), 0, Text(source, "summary"), "");

        foreach (var areaDir in Directory.EnumerateDirectories(Path.Combine(content, "areas")).Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileName(areaDir);
            var area = Load(Path.Combine(areaDir, "area.yml"));
            Write(Path.Combine(pages, slug, "_index.md"), Text(area, "title"), int.Parse(Text(area, "order")), Text(area, "summary"),
                Bullets("What the panel listens for", area, "listening_for") + Evidence(area));
            var weight = 0;
            foreach (var file in Directory.EnumerateFiles(Path.Combine(areaDir, "questions"), "*.yml").Order(StringComparer.Ordinal))
            {
                var question = Load(file);
                var flow = ((YamlSequenceNode)question.Children[new YamlScalarNode("flow")]).Children.OfType<YamlMappingNode>()
                    .Select((step, i) => $"{i + 1}. **{Text(step, "label")}** ({Text(step, "phase")})\n");
                var body = "## The flow\n\n" + string.Concat(flow) + "\n" + Bullets("How to answer", question, "how_to_answer") +
                           Bullets("What the panel listens for", question, "listening_for") + Evidence(question);
                Write(Path.Combine(pages, slug, Path.GetFileNameWithoutExtension(file) + ".md"), Text(question, "question"), ++weight,
                    Text(question, "summary"), $"Kind: {Text(question, "kind")}\n\n{body}");
            }
        }
    }

    private static readonly (string Name, string Text)[] Layouts =
    [
        ("baseof.html", """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} · {{ site.Title }}</title><meta name="description" content="{{ .Params.summary }}"><link rel="canonical" href="{{ .Permalink }}"></head>
            <body>
            <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
            <nav aria-label="Breadcrumb">{{ range .Ancestors.Reverse }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> › {{ end }}</nav>
            <aside><h2>{{ .CurrentSection.Title }}</h2><ol>{{ range .CurrentSection.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol></aside>
            <main>{{ block "main" . }}{{ end }}</main>
            <nav aria-label="Previous and next">{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
            </body></html>
            """),
        ("single.html", """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .TableOfContents }}{{ .Content }}{{ end }}"""),
        ("list.html", """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}"""),
    ];

    private static void Write(string path, string title, int weight, string summary, string body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"---\ntitle: \"{title.Replace("\"", "\\\"")}\"\nweight: {weight}\nsummary: \"{summary.Replace("\"", "\\\"")}\"\n---\n\n{body}");
    }

    private static string Bullets(string heading, YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var list)
            ? $"## {heading}\n\n" + string.Concat(((YamlSequenceNode)list).Children.Select(item => $"- {((YamlScalarNode)item).Value}\n")) + "\n"
            : "";

    private static string Evidence(YamlMappingNode map) =>
        map.Children.TryGetValue(new YamlScalarNode("evidence"), out var list)
            ? "## Where to get your data\n\n" + string.Concat(((YamlSequenceNode)list).Children.OfType<YamlMappingNode>()
                .Select(e => $"- [{Text(e, "source")}]({{{{< relref \"/sources/{Text(e, "source")}.md\" >}}}}) {Text(e, "pull")}\n")) + "\n"
            : "";

    private static string Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } ? value : "";

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
