// templates/strings.yml and sections.yml: a fork's wording and section ids reach the pages, contents, search index and diagrams.
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Handbook.Core;
using Handbook.Model;
using Handbook.Serve;
using Handbook.Tests.Support;
using Handbook.Words;

namespace Handbook.Tests;

public class WordingTests
{
    private const string Question = "alpha/first/index.html";

    /// <summary>The minimal content with the fork-wording fixture's templates/ alone (its strings.yml and sections.yml).</summary>
    private static Workspace GermanFork()
    {
        var fork = new Workspace();
        Directory.Delete(fork["templates"], recursive: true);
        Directory.Delete(fork["site-assets"], recursive: true);
        TempDir.Copy(Path.Combine(RepoPaths.Fixtures, "fork-wording", "templates"), fork["templates"]);
        // The fixture's closing tip quotes the default heading; the fork's content would be in its own language too.
        fork.Edit("content/areas/alpha/area.yml", "**Before the loop:**", "**Zuletzt:**");
        return fork;
    }

    private static List<JsonNode> SearchDocuments(string site) =>
        [.. Directory.EnumerateFiles(Path.Combine(site, "search", "d")).Select(f =>
        {
            var text = File.ReadAllText(f);
            return JsonNode.Parse(text[(text.IndexOf(',') + 1)..text.LastIndexOf(");", StringComparison.Ordinal)])!;
        })];

    private static JsonArray SectionsOf(List<JsonNode> documents, string url) =>
        documents.Single(d => (string)d["u"]! == url)["s"]!.AsArray();

    /// <summary>Every default string, heading and contents entry as the minimal fixture would show it, placeholders filled.</summary>
    private static IEnumerable<string> Defaults(Wording wording) =>
        wording.Text.Where(t => t.Key is not ("pull" or "citation_pull")).Select(t => t.Key == "diagram_title" ? "" : wording.Format(t.Key, ("area", "Alpha area")))
            .Concat([wording.Format("diagram_title", ("name", wording["flow_name"]), ("count", 3)),
                wording.Format("diagram_title", ("name", "The alpha spine"), ("count", 2))])
            .Concat(wording.Sections.SelectMany(s => new[] { s.Heading, s.Toc }))
            .Where(v => v.Length > 0).Distinct();

    /// <summary>What a reader sees or hears as one piece: each element's text, labels, the title's parts, the search headings.</summary>
    private static IEnumerable<string> Pieces(BuiltSite site, string path)
    {
        var page = site.Page(path);
        foreach (var element in page.All) yield return element.TextContent.Trim();
        foreach (var element in page.QuerySelectorAll("[aria-label]")) yield return element.GetAttribute("aria-label")!;
        foreach (var part in (page.Title ?? "").Split(" · ")) yield return part;
    }

    [Fact]
    public void A_fork_that_overrides_the_strings_gets_its_wording_in_pages_search_and_diagrams_and_none_of_the_defaults()
    {
        using var fork = GermanFork();
        var built = fork.Build();
        Assert.True(built.ExitCode == 0, built.Stderr);
        var site = new BuiltSite(fork.Output);

        var question = site.Page(Question);
        Assert.Equal("Tell me about the first thing.", question.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Der Ablauf", "So antworten Sie", "Worauf geachtet wird", "Woher die Zahlen kommen (Acme)"],
            question.QuerySelectorAll("main section > h2").Select(h => h.TextContent).Take(4));
        Assert.Contains("Der Ablauf in 3 Schritten", question.QuerySelector("main svg title")!.TextContent);
        Assert.Equal("Startseite", question.QuerySelector("nav.breadcrumb a")!.TextContent);
        Assert.Contains("The alpha spine in 2 Schritten", site.Page("alpha/index.html").QuerySelector("main svg title")!.TextContent);
        Assert.StartsWith("Alpha area, alle Fragen · ", site.Page("alpha/print/index.html").Title);
        Assert.StartsWith("Woher die Zahlen kommen", site.Page("sources/index.html").QuerySelector("h1")!.TextContent);
        Assert.Contains("content: \"Seite \" counter(page) \" von \" counter(pages);", File.ReadAllText(fork["_site/alpha/print/print.css"]));

        var documents = SearchDocuments(fork.Output);
        var sections = SectionsOf(documents, "alpha/first/");
        Assert.Contains(sections, s => (string)s![0]! == "so-antworten" && (string)s[1]! == "So antworten Sie");
        Assert.Contains(sections, s => ((string)s![2]!).Contains("hole from the dashboards.", StringComparison.Ordinal));

        var defaults = Defaults(WordingReader.BuiltIn).ToList();
        Assert.Contains("What the interviewer is looking for", defaults);
        Assert.Contains("The flow, in 3 steps", defaults);
        var heard = site.HtmlFiles.SelectMany(p => Pieces(site, p).Select(piece => (p, piece)))
            .Concat(documents.SelectMany(d => d["s"]!.AsArray().Select(s => ((string)d["u"]!, (string)s![1]!))))
            .Select(x => (x.Item1, Piece: Regex.Replace(x.Item2, @" \(Acme\)$", "")));
        var left = heard.Where(x => defaults.Contains(x.Piece)).Select(x => $"{x.Item1} still says '{x.Piece}'").Distinct().ToList();
        Assert.True(left.Count == 0, string.Join("\n", left));

        // The words before an evidence entry's pull, on the pages and in the index.
        Assert.Equal("— hole from the dashboards.", question.QuerySelector("ul.evidence li")!.TextContent[^"— hole from the dashboards.".Length..]);
        Assert.StartsWith("Hole ", site.Page("sources/dashboards/index.html").QuerySelector(".citations p")!.TextContent);
        Assert.DoesNotContain(documents.SelectMany(d => d["s"]!.AsArray()), s => Regex.IsMatch((string)s![2]!, @"(^|· )(pull|Pull) "));
    }

    [Fact]
    public void Renaming_a_section_id_in_sections_yml_renames_the_heading_the_contents_and_the_search_entry_together()
    {
        using var fork = GermanFork();
        var built = fork.Build(); // with the link check, which now reads the search entries' anchors too
        Assert.True(built.ExitCode == 0, built.Stderr);
        var site = new BuiltSite(fork.Output);

        var page = site.Page(Question);
        Assert.Equal("So antworten Sie", page.GetElementById("so-antworten")!.TextContent);
        Assert.NotNull(page.QuerySelector("nav.toc a[href='#so-antworten']"));
        Assert.Null(page.GetElementById("how-to-answer"));
        Assert.NotNull(site.Page("alpha/print/index.html").GetElementById("q-first--so-antworten"));
        var area = site.Page("alpha/index.html");
        Assert.NotNull(area.GetElementById("schnell-1"));
        Assert.NotNull(area.QuerySelector("nav.toc a[href='#vor-dem-gespraech']"));

        var documents = SearchDocuments(fork.Output);
        Assert.Contains(SectionsOf(documents, "alpha/first/"), s => (string)s![0]! == "so-antworten");
        Assert.Contains(SectionsOf(documents, "alpha/"), s => (string)s![0]! == "schnell-1" && (string)s[1]! == "Schnellfrage");
        Assert.DoesNotContain(documents.SelectMany(d => d["s"]!.AsArray()), s => (string)s![0]! == "how-to-answer");
    }

    [Fact]
    public void A_template_that_renames_an_anchor_alone_fails_the_build_at_the_search_entries_that_point_to_it()
    {
        using var fork = new Workspace();
        fork.Edit("templates/partials/question.sbn-html", "id=\"{{ ids }}{{ sec.how_to_answer.id }}\"", "id=\"{{ ids }}answer\"");
        var built = fork.Build();
        Assert.Equal(1, built.ExitCode);
        Assert.Contains(built.Diagnostics, d => d.StartsWith("_site/search/d/", StringComparison.Ordinal)
            && d.Contains("error HL0002: 'alpha/first/#how-to-answer' (search entry)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fork_strings_file_overrides_key_by_key_and_mistakes_are_located()
    {
        using var fork = new Workspace();
        fork.Write("templates/strings.yml", "# Only the home link.\nhome: Start\n");
        var built = fork.Build();
        Assert.True(built.ExitCode == 0, built.Stderr);
        var page = new BuiltSite(fork.Output).Page(Question);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.TextContent == "Start");
        Assert.Equal("How to answer", page.GetElementById("how-to-answer")!.TextContent);

        fork.Write("templates/strings.yml", "home: Start\ndrill_titel: Übung\n");
        fork.Write("templates/sections.yml", "question:\n  flow: { id: 'the flow' }\n  listening: { heading: Zuhören }\n");
        var bad = fork.Build();
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("templates/strings.yml(2,1): error HB0091: Unknown key 'drill_titel' among the strings of strings.yml. Did you mean 'drill_title'?", bad.Stderr);
        Assert.Contains("templates/sections.yml(2,15): error HB0092: 'the flow' cannot be a section id", bad.Stderr);
        Assert.Contains("templates/sections.yml(3,3): error HB0091: Unknown key 'listening' among the question page's sections", bad.Stderr);

        fork.Write("templates/sections.yml", "- a list\n");
        Assert.Contains("templates/sections.yml(1,1): error HB0090: Expected a map of keys at the top of the file.", fork.Build().Stderr);
    }

    [Fact]
    public void Serve_rebuilds_pages_diagrams_and_the_search_index_when_the_wording_changes()
    {
        using var fork = new Workspace();
        var builder = new IncrementalBuilder(new BuildOptions(), fork.Path);
        Assert.True(builder.Build().Succeeded);
        fork.Write("templates/strings.yml", "flow_name: Der Ablauf\ndiagram_title: \"{name} in {count} Schritten\"\n");
        fork.Write("templates/sections.yml", "question:\n  how_to_answer: { id: so-antworten }\n");
        var rebuilt = builder.Build([fork["templates/strings.yml"], fork["templates/sections.yml"]]);
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.Contains("Der Ablauf in 3 Schritten", new BuiltSite(fork.Output).Page(Question).QuerySelector("main svg title")!.TextContent);

        Assert.True(builder.SearchIndexIsStale, "the index holds the sections' anchors");
        Assert.True(builder.UpdateSearchIndex()?.Succeeded);
        var full = fork.Build(new BuildOptions { OutputDir = "_full" });
        Assert.True(full.ExitCode == 0, full.Stderr);
        Assert.Equal(File.ReadAllText(fork["_full/" + Question]), File.ReadAllText(fork["_site/" + Question]));
        foreach (var file in Directory.EnumerateFiles(fork["_full/search"], "*", SearchOption.AllDirectories))
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(file.Replace("_full", "_site", StringComparison.Ordinal)));
    }
}
