// One line of Relevance/queries.txt: a query and the first result it must give, resolved against the real content/.
using Handbook.Build;
using Handbook.Content;
using Handbook.Core;
using Handbook.Input;
using Handbook.Markdown;
using Handbook.Model;
using Handbook.Tests.Support;

namespace Handbook.BrowserTests.Relevance;

/// <param name="Href">The expected first result's link as search.js writes it from an area page ("../page/#anchor").</param>
/// <param name="AnchorMatters">False when the line names a page only: any section of it will do.</param>
/// <param name="Label">For a quick-fire question, the text the result must show as its label.</param>
public sealed record RelevanceCase(string Query, string Href, bool AnchorMatters, string? Label)
{
    public static string File => Path.Combine(RepoPaths.Root, "tests", "Handbook.BrowserTests", "Relevance", "queries.txt");

    private static readonly Lazy<Site> Content = new(() =>
    {
        var context = new BuildContext(new BuildOptions { ContentDir = RepoPaths.Content, TemplatesDir = RepoPaths.Templates, AssetsDir = RepoPaths.Assets }, RepoPaths.Root);
        var site = Pipeline.Run([new ReadInputsStage(), new LoadContentStage(), new ValidateReferencesStage()], context);
        if (context.Diagnostics.Items.Count > 0) throw new InvalidOperationException("content/ does not load: " + context.Diagnostics.Items[0]);
        return site;
    });

    /// <summary>Every query line of the file, for xunit's MemberData.</summary>
    public static IEnumerable<object[]> Lines() =>
        System.IO.File.ReadLines(File).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => new object[] { l });

    /// <summary>The quick-fire question a link to an area's #quick-N names, or null when the link is not one.</summary>
    public static string? QuickText(string href)
    {
        var hash = href.IndexOf("#quick-", StringComparison.Ordinal);
        if (hash < 0) return null;
        var area = Content.Value.Areas.Single(a => href[..hash].EndsWith("/" + PageUrls.Area(a), StringComparison.Ordinal));
        return Plain(area.MoreQuestions!.Items[int.Parse(href[(hash + 7)..], System.Globalization.CultureInfo.InvariantCulture) - 1].Text);
    }

    public static RelevanceCase Parse(string line)
    {
        var parts = line.Split(" => ", 2);
        if (parts.Length != 2) throw new FormatException($"'{line}': expected QUERY => EXPECTED");
        var (query, expected) = (parts[0].Trim(), parts[1].Trim());
        var kind = expected.Split(' ', 2);
        var target = kind.Length == 2 ? kind[1].Trim() : throw new FormatException($"'{line}': expected a kind and a target");
        var (name, anchor) = target.Split('#', 2) is [var n, var a] ? (n, a) : (target, null);
        var site = Content.Value;
        var page = kind[0] switch
        {
            "question" => site.Areas.SelectMany(a => a.Questions.Select(q => (a, q))).Where(p => p.q.Slug == name).Select(p => PageUrls.Question(p.a, p.q)).SingleOrDefault(),
            "area" => site.Areas.Where(a => a.Slug == name).Select(PageUrls.Area).SingleOrDefault(),
            "source" => site.Sources.Where(s => s.Id == name).Select(PageUrls.Source).SingleOrDefault(),
            "quick" => site.Areas.SelectMany(a => (a.MoreQuestions?.Items ?? []).Select((item, i) => (a, item, i)))
                .Where(p => Plain(p.item.Text) == target).Select(p => $"{PageUrls.Area(p.a)}#quick-{p.i + 1}").SingleOrDefault(),
            _ => throw new FormatException($"'{line}': unknown kind '{kind[0]}'"),
        } ?? throw new FormatException($"'{line}': content/ has no {kind[0]} '{target}'");
        if (anchor is not null) page += "#" + anchor;
        return new RelevanceCase(query, "../" + page, anchor is not null || kind[0] == "quick", kind[0] == "quick" ? target : null);
    }

    private static string Plain(string markdown) => MarkdownRenderer.Plain(markdown);
}
