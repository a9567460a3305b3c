// Retargeting a fork: another `company` and its own evidence.yml relabel every "Where to get your data" heading and link.
using Handbook.Build;
using Handbook.Commands;
using Handbook.Content;
using Handbook.Core;
using Handbook.Input;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class RetargetingTests
{
    private static string Fork => Path.Combine(RepoPaths.Fixtures, "fork-globex");

    private static readonly Dictionary<string, string> GlobexSources = new()
    {
        ["sev-review"] = "Incident.io postmortems",
        ["on-call"] = "PagerDuty",
        ["ods-unidash"] = "Datadog SLO dashboards",
        ["runbooks"] = "Confluence runbooks",
        ["gsd"] = "Jira epics",
        ["internal-wiki"] = "Globex engineering handbook",
    };

    /// <summary>Checks every evidence section of every page; returns how many links were checked.</summary>
    private static int AssertEveryEvidenceListFollowsGlobex(BuiltSite site, HashSet<string> labels)
    {
        var links = 0;
        var sections = 0;
        foreach (var path in site.HtmlFiles.Where(p => p != "404.html" && !p.StartsWith("sources/", StringComparison.Ordinal)))
        {
            var page = site.Page(path);
            // h3 too: on an area's print page each question's sections sit a level below its title.
            foreach (var heading in page.QuerySelectorAll("main h2, main h3").Where(h => h.TextContent.StartsWith("Where to get your data", StringComparison.Ordinal)))
            {
                sections++;
                Assert.Equal("Where to get your data (Globex)", heading.TextContent);
                var list = heading.ParentElement!.QuerySelector("ul.evidence")!;
                foreach (var link in list.QuerySelectorAll("a"))
                {
                    links++;
                    var target = Resolve(path, link.GetAttribute("href")!);
                    var id = Assert.Single(GlobexSources.Keys, k => target == $"sources/{k}/index.html");
                    Assert.True(link.TextContent == GlobexSources[id] || labels.Contains(link.TextContent), $"{path}: link text '{link.TextContent}'");
                    Assert.Equal(GlobexSources[id], site.Page(target).QuerySelector("h1")!.TextContent);
                }
            }
        }

        Assert.True(sections > 0, "no evidence section found");
        Assert.Equal("Where to get your data (Globex)", site.Page("sources/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal(GlobexSources.Values.Order(), site.Page("sources/index.html").QuerySelectorAll(".cards h2").Select(h => h.TextContent).Order());
        return links;
    }

    private static string Resolve(string page, string href) =>
        Path.GetRelativePath("/site", Path.GetFullPath(Path.Combine("/site", Path.GetDirectoryName(page)!, href, "index.html"))).Replace('\\', '/');

    [Fact]
    public void The_fork_fixture_builds_and_every_evidence_heading_and_link_follows_its_company_and_sources()
    {
        using var workspace = new Workspace(Fork);
        var build = workspace.Build();
        Assert.Equal(("", ExitCodes.Success), (build.Stderr, build.ExitCode));
        var site = new BuiltSite(workspace.Output);

        var links = AssertEveryEvidenceListFollowsGlobex(site, new HashSet<string> { "Datadog deploy dashboards" });
        Assert.Equal(14, links); // each twice: on its area's or question's page, and on the area's print page
        Assert.Contains(site.HtmlFiles, p => p == "delivery/missed-deadline/index.html");
        Assert.DoesNotContain(site.HtmlFiles, p => site.Text(p).Contains("Meta"));
    }

    [Fact]
    public void Swapping_company_and_evidence_yml_under_the_seed_areas_relabels_every_evidence_list()
    {
        using var workspace = new Workspace(RepoPaths.FrozenHandbook);
        var handbook = File.ReadAllText(workspace["content/handbook.yml"]);
        Assert.Contains("\ncompany: Meta\n", handbook);
        workspace.Write("content/handbook.yml", handbook.Replace("\ncompany: Meta\n", "\ncompany: Globex\n"));
        File.Copy(Path.Combine(Fork, "evidence.yml"), workspace["content/evidence.yml"], overwrite: true);

        var build = workspace.Build();
        Assert.Equal(("", ExitCodes.Success), (build.Stderr, build.ExitCode));
        var site = new BuiltSite(workspace.Output);

        // A `label` in an area or question overrides the source's name by design; the seed has one.
        var context = new BuildContext(new BuildOptions(), workspace.Path);
        var model = Pipeline.Run([new ReadInputsStage(), new LoadContentStage()], context);
        var labels = model.Areas.SelectMany(a => a.Evidence.Concat(a.Questions.SelectMany(q => q.Evidence)))
            .Select(r => r.Label).OfType<string>().ToHashSet();
        Assert.Equal(["ODS counters + Unidash"], labels);
        var links = AssertEveryEvidenceListFollowsGlobex(site, labels);
        Assert.True(links >= 20, $"only {links} evidence links");
        foreach (var meta in new[] { "SEV review tool", "On-call tool / IcM", "ODS counters + Unidash SLA dashboards", "GSD" })
            Assert.DoesNotContain(site.HtmlFiles, p => site.Page(p).QuerySelectorAll("ul.evidence a").Any(a => a.TextContent == meta));
    }
}
