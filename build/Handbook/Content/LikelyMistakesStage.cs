// Stage: warns about content that builds but is probably a mistake (an evidence source nobody cites, a question without evidence).
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Content;

public sealed class LikelyMistakesStage : IStage
{
    // Not RunsAfterErrors: on a partly loaded model a source looks uncited only because the file citing it failed to load.
    public Site Run(Site site, BuildContext context)
    {
        var diagnostics = context.Diagnostics;
        var cited = site.Areas.SelectMany(a => a.Evidence.Concat(a.Questions.SelectMany(q => q.Evidence)))
                              .Select(r => r.SourceId)
                              .ToHashSet(StringComparer.Ordinal);

        foreach (var source in site.Sources.Where(s => !cited.Contains(s.Id)))
            diagnostics.Warning(source.Location, Codes.UncitedSource,
                $"Evidence source '{source.Id}' is not cited by any area or question: cite it in an `evidence:` list, or remove it from evidence.yml.");

        var example = site.Sources.Count > 0 ? site.Sources[0].Id : "my-source";
        foreach (var area in site.Areas)
        {
            foreach (var question in area.Questions.Where(q => q.Evidence.Count == 0))
                diagnostics.Warning(new SourceLocation(question.SourceFile), Codes.QuestionWithoutEvidence,
                    $"Question '{question.Slug}' has no evidence: add `evidence:` with at least one entry (e.g. `- source: {example}` and `pull: ...`) so readers know where to pull a number.");
        }

        return site;
    }
}
