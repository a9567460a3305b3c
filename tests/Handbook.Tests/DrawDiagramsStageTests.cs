// DrawDiagramsStage on a hand-made model: every flow and spine gets its SVG; text that cannot fit is a located error.
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Diagrams;
using Handbook.Model;

namespace Handbook.Tests;

public class DrawDiagramsStageTests
{
    private static SourceLocation At(int line) => new("content/areas/alpha/questions/q.yml", line, 5);

    // Fingerprints as the loader sets them from each file, so a rebuild can tell the records it drew last time.
    private static readonly Fingerprint SettingsFile = new(1, 1), AreaFile = new(2, 2), QuestionFile = new(3, 3);

    private static Site SiteWith(IReadOnlyList<FlowStep> flow, IReadOnlyList<FrameworkStep>? spine = null) => new()
    {
        Settings = new HandbookSettings
        {
            Fingerprint = SettingsFile,
            Shapes = [new AnswerShape("carl", "CARL", "", [new ShapePhase("context", "Context", null), new ShapePhase("actions", "Actions", 50)])],
        },
        Areas =
        [
            new Area
            {
                Slug = "alpha",
                SourceFile = "content/areas/alpha/area.yml",
                ContentPath = "areas/alpha/area.yml",
                Fingerprint = AreaFile,
                Shape = "carl",
                Framework = spine is null ? null : new Framework { Name = "The **alpha** spine", Steps = spine },
                Questions = [new Question
                {
                    Slug = "q", SourceFile = "content/areas/alpha/questions/q.yml", ContentPath = "areas/alpha/questions/q.yml",
                    Fingerprint = QuestionFile, Flow = flow,
                }],
            },
        ],
    };

    /// <param name="previous">The last good build, for a rebuild.</param>
    private static (Site Site, BuildContext Context) Run(Site site, Site? previous = null)
    {
        var context = new BuildContext(new BuildOptions()) { Rebuild = previous is null ? null : new Rebuild(previous) };
        return (new DrawDiagramsStage().Run(site, context), context);
    }

    [Fact]
    public void Puts_the_flow_and_the_spine_on_the_model_with_phase_names_from_the_shape_and_markdown_stripped()
    {
        var (site, context) = Run(SiteWith(
            [new FlowStep("Set the *scene*", "context", At(4)), new FlowStep("**Mitigate** first", "actions", At(6))],
            [new FrameworkStep("Define `SLOs`", "set the target.", "Detail.", At(9)), new FrameworkStep("Instrument", null, null, At(11))]));

        Assert.Empty(context.Diagnostics.Items);
        var flow = site.Areas[0].Questions[0].Diagram!.Markup;
        Assert.Contains(">Set the scene</text>", flow);
        Assert.Contains(">Mitigate first</text>", flow);
        Assert.Contains("class=\"diagram-tag\"", flow);
        Assert.Contains(">Actions</text>", flow);
        Assert.Contains("2. Mitigate first (phase: Actions).", flow);
        Assert.Contains("<title id=\"flow-", flow);

        var spine = site.Areas[0].Framework!.Diagram!.Markup;
        Assert.Contains(">Define SLOs</text>", spine);
        Assert.Contains(">set the target.</text>", spine);
        Assert.Contains(">The alpha spine, in 2 steps</title>", spine);
        Assert.DoesNotContain("Detail.", spine); // the detail stays in the page text, not the diagram
    }

    [Fact]
    public void A_label_that_cannot_fit_three_lines_is_a_located_error_naming_the_step()
    {
        var tooLong = string.Join(' ', Enumerable.Repeat("overlong", 30));
        var (site, context) = Run(SiteWith([new FlowStep("Fine", null, At(4)), new FlowStep(tooLong, null, At(7))]));

        var error = Assert.Single(context.Diagnostics.Items);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(Codes.DiagramTextTooLong, error.Code);
        Assert.Equal(At(7), error.Location);
        Assert.StartsWith("Flow step 2 'overlong overlong", error.Message);
        Assert.Contains("does not fit in 3 lines", error.Message);
        Assert.Null(site.Areas[0].Questions[0].Diagram);
    }

    [Fact]
    public void A_phase_tag_too_wide_for_any_box_is_reported_too()
    {
        var site = SiteWith([new FlowStep("A", "context", At(4)), new FlowStep("B", "actions", At(6))]);
        var longPhase = new string('W', 40);
        site = site with { Settings = site.Settings with { Shapes = [new AnswerShape("carl", "CARL", "", [new ShapePhase("context", longPhase, null), new ShapePhase("actions", "Actions", null)])] } };
        var (_, context) = Run(site);
        var error = Assert.Single(context.Diagnostics.Items);
        Assert.Equal(At(4), error.Location);
        Assert.Contains("its tag does not fit in 1 line", error.Message);
    }

    [Fact]
    public void Two_runs_give_byte_identical_diagrams()
    {
        var site = SiteWith([new FlowStep("One", "context", At(4)), new FlowStep("Two", null, At(5)), new FlowStep("Three", "actions", At(6))]);
        Assert.Equal(Run(site).Site.Areas[0].Questions[0].Diagram, Run(site).Site.Areas[0].Questions[0].Diagram);
    }

    [Fact]
    public void A_rebuild_keeps_the_records_it_drew_last_time_and_draws_only_what_changed()
    {
        var first = Run(SiteWith([new FlowStep("One", "context", At(4)), new FlowStep("Two", null, At(5))],
            [new FrameworkStep("Define", null, null, At(9)), new FrameworkStep("Measure", null, null, At(10))])).Site;
        var kept = first.Areas[0].Questions[0];
        var edited = new Question
        {
            Slug = "r", SourceFile = "content/areas/alpha/questions/r.yml", ContentPath = "areas/alpha/questions/r.yml", Fingerprint = new(4, 4),
            Flow = [new FlowStep("Three", null, At(4)), new FlowStep("Four", null, At(5))],
        };
        // As the loader hands them on: the unchanged records of the last good build, by reference, plus a newly parsed one.
        var next = first with { Areas = [first.Areas[0] with { Questions = [kept, edited] }] };

        var rebuilt = Run(next, first).Site.Areas[0];

        Assert.Same(kept, rebuilt.Questions[0]);
        Assert.Same(first.Areas[0].Framework, rebuilt.Framework);
        Assert.Contains(">Three</text>", rebuilt.Questions[1].Diagram!.Markup);
    }

    [Fact]
    public void What_a_rebuild_keeps_is_told_by_each_files_fingerprint_not_by_which_object_holds_the_record()
    {
        var first = Run(SiteWith([new FlowStep("One", null, At(4)), new FlowStep("Two", null, At(5))])).Site;
        var drawn = first.Areas[0].Questions[0];
        var copy = drawn with { Diagram = null }; // the same file read again into a new record
        var changed = drawn with { Diagram = null, Fingerprint = new(5, 5), Flow = [new FlowStep("Three", null, At(4))] };

        Assert.Same(drawn, Run(first with { Areas = [first.Areas[0] with { Questions = [copy] }] }, first).Site.Areas[0].Questions[0]);
        var redrawn = Run(first with { Areas = [first.Areas[0] with { Questions = [changed] }] }, first).Site.Areas[0].Questions[0];
        Assert.Contains(">Three</text>", redrawn.Diagram!.Markup);
    }

    [Fact]
    public void A_new_handbook_yml_or_another_shape_for_the_area_draws_the_flows_again()
    {
        var first = Run(SiteWith([new FlowStep("One", "context", At(4)), new FlowStep("Two", "actions", At(5))])).Site;
        var renamed = first.Settings with { Fingerprint = new(9, 9), Shapes = [first.Settings.Shapes[0] with { Phases = [new ShapePhase("context", "Situation", null), new ShapePhase("actions", "Actions", 50)] }] };

        var afterSettings = Run(first with { Settings = renamed }, first).Site.Areas[0].Questions[0];
        Assert.Contains(">Situation</text>", afterSettings.Diagram!.Markup);

        var star = new AnswerShape("star", "STAR", "", [new ShapePhase("context", "Situation and task", null), new ShapePhase("actions", "Action", null)]);
        var previous = first with { Settings = first.Settings with { Shapes = [.. first.Settings.Shapes, star] } };
        var otherShape = previous with { Areas = [first.Areas[0] with { Shape = "star" }] };
        Assert.Contains(">Situation and task</text>", Run(otherShape, previous).Site.Areas[0].Questions[0].Diagram!.Markup);
    }
}
