// One citation of an evidence source: the area, and the question when a question (not the area itself) cites it.
using Handbook.Model;

namespace Handbook.Templates;

public sealed record SourceCitation(Area Area, Question? Question, EvidenceRef Ref)
{
    /// <summary>Every citation in the handbook, in site order: each area's own, then its questions'.</summary>
    public static IEnumerable<SourceCitation> All(Site site) =>
        site.Areas.SelectMany(area => area.Evidence.Select(r => new SourceCitation(area, null, r))
            .Concat(area.Questions.SelectMany(q => q.Evidence.Select(r => new SourceCitation(area, q, r)))));
}
