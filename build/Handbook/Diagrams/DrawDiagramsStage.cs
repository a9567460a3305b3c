// Stage: draws every question's flow and every area's spine as inline SVG; a step whose text cannot fit is a located error.
using Handbook.Diagnostics;
using Handbook.Markdown;
using Handbook.Model;

namespace Handbook.Diagrams;

public sealed class DrawDiagramsStage : IStage
{
    private readonly DiagramRenderer _renderer = DiagramRenderer.Default;
    private readonly MarkdownRenderer _markdown = new();

    /// <summary>A label too long to draw is reported alongside any other content error, in the same run.</summary>
    public bool RunsAfterErrors => true;

    public Site Run(Site site, BuildContext context) => site with
    {
        Areas = [.. site.Areas.Select(area => Draw(site, area, context.Diagnostics))],
    };

    private Area Draw(Site site, Area area, DiagnosticBag diagnostics)
    {
        var shape = area.Shape is { } id ? site.Settings.Shape(id) : null;
        var framework = area.Framework;
        if (framework is { Steps.Count: > 0 })
        {
            var steps = framework.Steps.Select(s => new DiagramStep(Plain(s.Title), s.Tagline is { } t ? Plain(t) : null)).ToList();
            var title = framework.Name.Length > 0 ? Plain(framework.Name) : "The spine";
            var diagram = Draw(DiagramKind.Spine, $"{title}, in {steps.Count} steps", steps, i => framework.Steps[i].Location, "Spine step", diagnostics);
            framework = framework with { Diagram = diagram };
        }

        var questions = area.Questions.Select(q =>
        {
            var steps = q.Flow.Select(s => new DiagramStep(Plain(s.Label), null, s.Phase,
                s.Phase is { } p ? Plain(shape?.Phase(p)?.Name ?? p) : null)).ToList();
            return q with { Diagram = Draw(DiagramKind.Flow, $"The flow, in {steps.Count} steps", steps, i => q.Flow[i].Location, "Flow step", diagnostics) };
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

    private static string Quote(string text) => text.Length <= 40 ? text : text[..37].TrimEnd() + "...";
}
