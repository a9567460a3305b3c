// The likely-mistake warnings: an evidence source nobody cites and a question with no evidence warn, and never fail the build.
using Handbook.Commands;
using Handbook.Content;
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Model;
using Handbook.Tests.Support;

namespace Handbook.Tests;

public class LikelyMistakesStageTests
{
    private static readonly SourceLocation Nowhere = new("x.yml", 1, 1);

    private static Question Q(string slug, params string[] sources) => new()
    {
        Slug = slug,
        SourceFile = $"content/areas/a/questions/{slug}.yml",
        Evidence = [.. sources.Select(s => new EvidenceRef(s, "from it.", null, Nowhere))],
    };

    private static Site SiteWith(IReadOnlyList<EvidenceRef> areaEvidence, params Question[] questions) => new()
    {
        Sources =
        [
            new EvidenceSource("tickets", "Tickets", null, new SourceLocation("content/evidence.yml", 3, 5)),
            new EvidenceSource("dashboards", "Dashboards", null, new SourceLocation("content/evidence.yml", 5, 5)),
        ],
        Areas = [new Area { Slug = "a", SourceFile = "content/areas/a/area.yml", Evidence = areaEvidence, Questions = questions }],
    };

    private static IReadOnlyList<Diagnostic> Run(Site site)
    {
        var context = new BuildContext(new BuildOptions());
        new LikelyMistakesStage().Run(site, context);
        return context.Diagnostics.Items;
    }

    [Fact]
    public void A_source_cited_only_by_an_area_or_only_by_a_question_counts_as_cited()
    {
        var diagnostics = Run(SiteWith([new EvidenceRef("tickets", "from them.", null, Nowhere)], Q("one", "dashboards")));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void An_uncited_source_warns_at_its_entry_in_evidence_yml()
    {
        var diagnostic = Assert.Single(Run(SiteWith([], Q("one", "dashboards"))));
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(Codes.UncitedSource, diagnostic.Code);
        Assert.StartsWith("content/evidence.yml(3,5): warning HB0050: Evidence source 'tickets' is not cited", diagnostic.ToString());
    }

    [Fact]
    public void A_question_without_evidence_warns_on_its_file()
    {
        var diagnostics = Run(SiteWith([new EvidenceRef("tickets", "from them.", null, Nowhere)], Q("one", "dashboards"), Q("two")));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Codes.QuestionWithoutEvidence, diagnostic.Code);
        Assert.StartsWith("content/areas/a/questions/two.yml: warning HB0051: Question 'two' has no evidence", diagnostic.ToString());
        Assert.Contains("- source: tickets", diagnostic.Message);
    }

    [Fact]
    public void Warnings_print_but_the_build_succeeds()
    {
        using var workspace = new Workspace();
        workspace.Write("content/evidence.yml", File.ReadAllText(workspace["content/evidence.yml"]) + "  - id: unused\n    name: Unused\n");
        workspace.Write("content/areas/alpha/questions/03-third.yml",
            "question: A third?\nsummary: No evidence here.\nflow:\n  - One\n  - Two\nhow_to_answer:\n  - Answer.\n");
        var result = workspace.Build();
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(
            ["content/areas/alpha/questions/03-third.yml: warning HB0051: Question 'third' has no evidence: add `evidence:` with at least one entry (e.g. `- source: sev-review` and `pull: ...`) so readers know where to pull a number.",
             "content/evidence.yml(8,5): warning HB0050: Evidence source 'unused' is not cited by any area or question: cite it in an `evidence:` list, or remove it from evidence.yml."],
            result.Diagnostics);
        Assert.Contains(", 2 warnings in 2 files.", result.Stdout);
        Assert.True(File.Exists(Path.Combine(workspace.Output, "alpha/third/index.html")));
    }

    [Fact]
    public void Warnings_are_not_reported_when_the_build_already_failed()
    {
        using var workspace = new Workspace();
        workspace.Write("content/areas/alpha/questions/01-first.yml", "question: [broken\n");
        var result = workspace.Build();
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.DoesNotContain(result.Diagnostics, d => d.Contains("warning HB005"));
    }
}
