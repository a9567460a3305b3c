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
    private readonly MarkdownRenderer _markdown = new();

    /// <summary>A label too long to draw is reported alongside any other content error, in the same run.</summary>
    public bool RunsAfterErrors => true;

    public Site Run(Site site, BuildContext context)
    {
        var drawn = AlreadyDrawn(site, context.Rebuild?.LastGood);
        var words = WordingReader.Of(site);
        return site with { Areas = [.. site.Areas.Select(area => Draw(site, area, words, drawn, context.Diagnostics))] };
    }

    /// <summary>The records the last good build drew that this build reuses unchanged: the loader hands them on by reference,
    /// and keeping them (not copies) is what lets the page stage see that nothing about them changed.</summary>
    private static HashSet<object> AlreadyDrawn(Site site, Site? previous)
    {
        var drawn = new HashSet<object>(ReferenceEqualityComparer.Instance);
        // Phase names are drawn into the flows, so a changed handbook.yml draws everything again; so does new wording (the titles).
        if (previous is null || !ReferenceEquals(previous.Settings, site.Settings)
            || !ReferenceEquals(previous.Wording, site.Wording)) return drawn;
        var shapes = site.Areas.ToDictionary(a => a.ContentPath, a => a.Shape, StringComparer.Ordinal);
        foreach (var area in previous.Areas)
        {
            if (area.Framework is { } framework) drawn.Add(framework);
            // Nor are flows kept when their area now answers in another shape.
            if (shapes.TryGetValue(area.ContentPath, out var shape) && shape == area.Shape) drawn.UnionWith(area.Questions);
        }

        return drawn;
    }

    private Area Draw(Site site, Area area, Wording words, HashSet<object> drawn, DiagnosticBag diagnostics)
    {
        var shape = area.Shape is { } id ? site.Settings.Shape(id) : null;
        var framework = area.Framework;
        if (framework is { Steps.Count: > 0 } && !drawn.Contains(framework))
        {
            var steps = framework.Steps.Select(s => new DiagramStep(Plain(s.Title), s.Tagline is { } t ? Plain(t) : null)).ToList();
            var title = framework.Name.Length > 0 ? Plain(framework.Name) : words["spine_name"];
            var diagram = Draw(DiagramKind.Spine, words.Format("diagram_title", ("name", title), ("count", steps.Count)), steps, i => framework.Steps[i].Location, "Spine step", diagnostics);
            framework = framework with { Diagram = diagram };
        }

        var questions = area.Questions.Select(q =>
        {
            if (drawn.Contains(q)) return q;
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
        });

        return area with { Framework = framework, Questions = [.. questions] };
    }

    private Diagram? Draw(DiagramKind kind, string title, IReadOnlyList<DiagramStep> steps, Func<int, SourceLocation> location,
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

    private string Plain(string markdown) => _markdown.Plain(markdown);

    /// <summary>Whether a step's label only names its phase: "Result" for "Results", "Learning" for "Learnings".</summary>
    public static bool Repeats(string label, string phase)
    {
        static string Stem(string s) => s.Trim().TrimEnd('.', ':').TrimEnd('s', 'S');
        return string.Equals(Stem(label), Stem(phase), StringComparison.OrdinalIgnoreCase);
    }

    private static string Quote(string text) => text.Length <= 40 ? text : text[..37].TrimEnd() + "...";
}
