// Stage: draws every question's flow and every area's spine as inline SVG; a step whose text cannot fit is a located error.
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Markdown;
using Handbook.Model;
using Handbook.Words;

namespace Handbook.Diagrams;

public sealed class DrawDiagramsStage : IStage
{
    private readonly DiagramRenderer _renderer = DiagramRenderer.Default;

    /// <summary>A label too long to draw is reported alongside any other content error, in the same run.</summary>
    public bool RunsAfterErrors => true;

    public Site Run(Site site, BuildContext context)
    {
        var drawn = AlreadyDrawn(site, context.Rebuild?.LastGood);
        var words = WordingReader.Of(site);
        var areas = site.Areas;
        // Every area's flows at once, on every core: each flow is drawn on its own into its own slot.
        var flows = areas.Select(a => new Question[a.Questions.Count]).ToArray();
        var work = areas.SelectMany((a, i) => a.Questions.Select((_, j) => (Area: i, Index: j))).ToList();
        Parallel.ForEach(work, new ParallelOptions { CancellationToken = context.Cancellation }, w =>
        {
            var area = areas[w.Area];
            flows[w.Area][w.Index] = DrawFlow(area.Questions[w.Index], Shape(site, area), words, drawn, context.Diagnostics);
        });
        return site with { Areas = [.. areas.Select((area, i) => DrawSpine(area, words, drawn, context.Diagnostics) with { Questions = flows[i] })] };
    }

    private static AnswerShape? Shape(Site site, Area area) => area.Shape is { } id ? site.Settings.Shape(id) : null;

    /// <summary>What the last good build drew, by file, to keep for every record whose file has the same fingerprint.</summary>
    private sealed record Drawn(Dictionary<string, Area> Areas, Dictionary<string, Question> Questions)
    {
        public static readonly Drawn Nothing = new(new Dictionary<string, Area>(), new Dictionary<string, Question>());

        public Framework? FrameworkOf(Area area) =>
            area.Fingerprint != Fingerprint.Absent && Areas.TryGetValue(area.ContentPath, out var old) && old.Fingerprint == area.Fingerprint
                ? old.Framework : null;

        public Question? Of(Question question) =>
            question.Fingerprint != Fingerprint.Absent && Questions.TryGetValue(question.ContentPath, out var old)
                && old.Fingerprint == question.Fingerprint ? old : null;
    }

    private static Drawn AlreadyDrawn(Site site, Site? previous)
    {
        // Phase names are drawn into the flows, so a changed handbook.yml draws everything again; so does new wording (the titles).
        if (previous is null || previous.Settings.Fingerprint != site.Settings.Fingerprint || site.Settings.Fingerprint == Fingerprint.Absent
            || previous.Wording?.Fingerprint != site.Wording?.Fingerprint) return Drawn.Nothing;
        var shapes = site.Areas.ToDictionary(a => a.ContentPath, a => a.Shape, StringComparer.Ordinal);
        var areas = new Dictionary<string, Area>(StringComparer.Ordinal);
        var questions = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var area in previous.Areas)
        {
            areas[area.ContentPath] = area;
            // Nor are flows kept when their area now answers in another shape.
            if (shapes.TryGetValue(area.ContentPath, out var shape) && shape == area.Shape)
                foreach (var question in area.Questions) questions[question.ContentPath] = question;
        }

        return new Drawn(areas, questions);
    }

    private Area DrawSpine(Area area, Wording words, Drawn drawn, DiagnosticBag diagnostics)
    {
        var keptFramework = drawn.FrameworkOf(area);
        var framework = keptFramework ?? area.Framework;
        if (keptFramework is null && framework is { Steps.Count: > 0 })
        {
            var steps = framework.Steps.Select(s => new DiagramStep(Plain(s.Title), s.Tagline is { } t ? Plain(t) : null)).ToList();
            var title = framework.Name.Length > 0 ? Plain(framework.Name) : words["spine_name"];
            var diagram = Draw(DiagramKind.Spine, words.Format("diagram_title", ("name", title), ("count", steps.Count)), steps, i => framework.Steps[i].Location, "Spine step", diagnostics);
            framework = framework with { Diagram = diagram };
        }

        return area with { Framework = framework };
    }

    private Question DrawFlow(Question q, AnswerShape? shape, Wording words, Drawn drawn, DiagnosticBag diagnostics)
    {
        if (drawn.Of(q) is { } kept) return kept;
        var steps = q.Flow.Select(s =>
        {
            var label = Plain(s.Label);
            var phase = s.Phase is { } p ? Plain(shape?.Phase(p)?.Name ?? p) : null;
            var colour = s.Phase is { } id ? shape?.ColourOf(id) : null;
            var share = s.Phase is { } shared ? shape?.Phase(shared)?.Share : null;
            // "Context / Context" says it twice: the colour and the legend still tell the phase.
            return new DiagramStep(label, null, colour?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                phase is not null && Repeats(label, phase) ? null : phase, share, phase);
        }).ToList();
        return q with { Diagram = Draw(DiagramKind.Flow, words.Format("diagram_title", ("name", words["flow_name"]), ("count", steps.Count)), steps, i => q.Flow[i].Location, "Flow step", diagnostics) };
    }

    private Diagram? Draw(DiagramKind kind, string title, List<DiagramStep> steps, Func<int, SourceLocation> location,
        string what, DiagnosticBag diagnostics)
    {
        if (steps.Count == 0) return null;
        var (diagram, failure) = _renderer.Draw(kind, title, steps);
        if (failure is not null)
        {
            var step = steps[failure.StepIndex];
            diagnostics.Error(location(failure.StepIndex), Codes.DiagramTextTooLong,
                $"{what} {failure.StepIndex + 1} '{Quote(step.Title)}' cannot be drawn: {failure.Message}. Shorten it.");
            return null;
        }

        return diagram;
    }

    private static string Plain(string markdown) => MarkdownRenderer.Plain(markdown);

    /// <summary>Whether a step's label only names its phase: "Result" for "Results", "Learning" for "Learnings".</summary>
    public static bool Repeats(string label, string phase)
    {
        static string Stem(string s) => s.Trim().TrimEnd('.', ':').TrimEnd('s', 'S');
        return string.Equals(Stem(label), Stem(phase), StringComparison.OrdinalIgnoreCase);
    }

    private static string Quote(string text) => text.Length <= 40 ? text : text[..37].TrimEnd() + "...";
}
