// Stage: checks the rules that span files: evidence and shape references, phases, duplicate slugs and orders.
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Content;

public sealed class ValidateReferencesStage : IStage
{
    public bool RunsAfterErrors => true;

    public Site Run(Site site, BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        // A reference into a file that did not load is not checked: its "not defined" errors would only repeat that file's own
        // error, once per citing file, and bury it (an indentation slip in evidence.yml used to give 33 of them).
        var sourceIds = Loaded(site, "evidence.yml", diagnostics) ? site.Sources.Select(s => s.Id).ToList() : null;
        var shapesKnown = Loaded(site, "handbook.yml", diagnostics);
        var written = site.Inputs.Content.ToDictionary(f => f.RelativePath, f => f.LastWrite, StringComparer.Ordinal);
        CheckDuplicates(site.Areas, a => a.Slug, a => a.Order, a => new SourceLocation(a.SourceFile), a => a.OrderLocation,
            a => written.GetValueOrDefault(a.ContentPath), "area", diagnostics);

        foreach (var area in site.Areas)
        {
            CheckEvidence(area.Evidence, sourceIds, diagnostics);
            var shape = shapesKnown ? CheckShape(area, site.Settings, diagnostics) : null;
            CheckDuplicates(area.Questions, q => q.Slug, q => q.Order, q => new SourceLocation(q.SourceFile), q => q.OrderLocation,
                q => written.GetValueOrDefault(q.ContentPath), $"question of area '{area.Slug}'", diagnostics);
            foreach (var question in area.Questions)
            {
                CheckEvidence(question.Evidence, sourceIds, diagnostics);
                if (shapesKnown) CheckPhases(question, area, shape, diagnostics);
            }
        }

        return site;
    }

    /// <summary>The file is there and could be read: a missing id is then a real mistake, not an echo of the file's own error.</summary>
    private static bool Loaded(Site site, string name, DiagnosticBag diagnostics) =>
        site.Inputs.Content.FirstOrDefault(f => f.RelativePath == name) is { } file &&
        !diagnostics.Items.Any(d => Codes.FileNotRead.Contains(d.Code) && d.Location.File == file.DisplayPath);

    private static void CheckEvidence(IEnumerable<EvidenceRef> refs, List<string>? sourceIds, DiagnosticBag diagnostics)
    {
        if (sourceIds is null) return;
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

    /// <summary>Each duplicate is blamed on the file written clearly later (the one just added or edited), the other named;
    /// files written within moments of each other, as by a checkout or a copy, blame the later in the reading order.</summary>
    private static void CheckDuplicates<T>(IReadOnlyList<T> items, Func<T, string> slug, Func<T, int?> order,
        Func<T, SourceLocation> file, Func<T, SourceLocation?> orderAt, Func<T, DateTime> written, string what, DiagnosticBag diagnostics)
    {
        foreach (var group in items.GroupBy(slug).Where(g => g.Count() > 1))
        {
            var first = Oldest(group, written);
            foreach (var dup in group.Where(i => !ReferenceEquals(i, first)))
                diagnostics.Error(file(dup), Codes.DuplicateSlug, $"Slug '{group.Key}' of this {what} is already used by {file(first).File}.");
        }

        foreach (var group in items.Where(i => order(i) is not null).GroupBy(order).Where(g => g.Count() > 1))
        {
            var first = Oldest(group, written);
            foreach (var dup in group.Where(i => !ReferenceEquals(i, first)))
                diagnostics.Error(orderAt(dup) ?? file(dup), Codes.DuplicateOrder, $"Order {group.Key} of this {what} is already used by {file(first).File}.");
        }
    }

    private static readonly TimeSpan Moments = TimeSpan.FromSeconds(2);

    // The group is in reading order: its first is kept unless another was written clearly earlier.
    private static T Oldest<T>(IEnumerable<T> group, Func<T, DateTime> written)
    {
        var oldest = group.First();
        foreach (var item in group.Skip(1))
            if (written(item) < written(oldest) - Moments) oldest = item;
        return oldest;
    }
}
