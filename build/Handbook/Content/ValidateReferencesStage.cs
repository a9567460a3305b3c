// Stage: checks the rules that span files: evidence and shape references, phases, duplicate slugs and orders.
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Content;

public sealed class ValidateReferencesStage : IStage
{
    public bool RunsAfterErrors => true;

    public Site Run(Site site, BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        var sourceIds = site.Sources.Select(s => s.Id).ToList();
        CheckDuplicates(site.Areas, a => a.Slug, a => a.Order, a => new SourceLocation(a.SourceFile), a => a.OrderLocation, "area", diagnostics);

        foreach (var area in site.Areas)
        {
            CheckEvidence(area.Evidence, sourceIds, diagnostics);
            var shape = CheckShape(area, site.Settings, diagnostics);
            CheckDuplicates(area.Questions, q => q.Slug, q => q.Order, q => new SourceLocation(q.SourceFile), q => q.OrderLocation,
                $"question of area '{area.Slug}'", diagnostics);
            foreach (var question in area.Questions)
            {
                CheckEvidence(question.Evidence, sourceIds, diagnostics);
                CheckPhases(question, area, shape, diagnostics);
            }
        }

        return site;
    }

    private static void CheckEvidence(IEnumerable<EvidenceRef> refs, List<string> sourceIds, DiagnosticBag diagnostics)
    {
        foreach (var r in refs.Where(r => !sourceIds.Contains(r.SourceId)))
            diagnostics.Error(r.Location, Codes.UnknownSource,
                $"Evidence source '{r.SourceId}' is not defined in evidence.yml.{DidYouMean.Suffix(r.SourceId, sourceIds)}");
    }

    private static AnswerShape? CheckShape(Area area, HandbookSettings settings, DiagnosticBag diagnostics)
    {
        if (area.Shape is null) return null;
        if (settings.Shape(area.Shape) is { } shape) return shape;
        var ids = settings.Shapes.Select(s => s.Id).ToList();
        diagnostics.Error(area.ShapeLocation ?? new SourceLocation(area.SourceFile), Codes.UnknownShape,
            $"Shape '{area.Shape}' is not defined in handbook.yml.{DidYouMean.Suffix(area.Shape, ids)}");
        return null;
    }

    private static void CheckPhases(Question question, Area area, AnswerShape? shape, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < question.Flow.Count; i++)
        {
            var step = question.Flow[i];
            if (step.Phase is null) continue;
            if (area.Shape is null)
            {
                diagnostics.Error(step.Location, Codes.PhaseWithoutShape,
                    $"Flow step {i + 1} ('{step.Label}') has phase '{step.Phase}', but area '{area.Slug}' names no shape; add `shape:` to its area.yml.");
            }
            else if (shape is not null && shape.Phase(step.Phase) is null)
            {
                var ids = shape.Phases.Select(p => p.Id).ToList();
                diagnostics.Error(step.Location, Codes.UnknownPhase,
                    $"Flow step {i + 1} ('{step.Label}') has phase '{step.Phase}', which shape '{shape.Id}' does not define.{DidYouMean.Suffix(step.Phase, ids)} Phases: {string.Join(", ", ids)}.");
            }
        }
    }

    private static void CheckDuplicates<T>(IReadOnlyList<T> items, Func<T, string> slug, Func<T, int?> order,
        Func<T, SourceLocation> file, Func<T, SourceLocation?> orderAt, string what, DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(slug).Where(g => g.Count() > 1))
        {
            var first = file(group.First()).File;
            foreach (var dup in group.Skip(1))
                diagnostics.Error(file(dup), Codes.DuplicateSlug, $"Slug '{group.Key}' of this {what} is already used by {first}.");
        }

        foreach (var group in items.Where(i => order(i) is not null).GroupBy(order).Where(g => g.Count() > 1))
        {
            var first = file(group.First()).File;
            foreach (var dup in group.Skip(1))
                diagnostics.Error(orderAt(dup) ?? file(dup), Codes.DuplicateOrder, $"Order {group.Key} of this {what} is already used by {first}.");
        }
    }
}
