// What the last good build parsed from each content file, so a rebuild parses only the files that changed.
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Content;

internal sealed class PreviousContent
{
    private readonly Site _site;
    private readonly Dictionary<string, InputFile> _files;
    private readonly Dictionary<string, Area> _areas;
    private readonly Dictionary<string, Question> _questions;

    private PreviousContent(Site site)
    {
        _site = site;
        _files = site.Inputs.Content.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        _areas = site.Areas.ToDictionary(a => a.ContentPath, StringComparer.Ordinal);
        _questions = site.Areas.SelectMany(a => a.Questions).ToDictionary(q => q.ContentPath, StringComparer.Ordinal);
    }

    /// <summary>Null for a full build. A previous build is only ever a good one, so the files it parsed held no errors.</summary>
    public static PreviousContent? Of(BuildContext context) => context.Rebuild is { } rebuild ? new PreviousContent(rebuild.LastGood) : null;

    public HandbookSettings? Settings(InputFile file) => Unchanged(file) ? _site.Settings : null;
    public IReadOnlyList<EvidenceSource>? Sources(InputFile file) => Unchanged(file) ? _site.Sources : null;

    /// <summary>The area as read from its unchanged area.yml; its questions are set again by the caller.</summary>
    public Area? Area(InputFile file) => Unchanged(file) ? _areas.GetValueOrDefault(file.RelativePath) : null;
    public Question? Question(InputFile file) => Unchanged(file) ? _questions.GetValueOrDefault(file.RelativePath) : null;

    private bool Unchanged(InputFile file) => file.Unchanged(_files.GetValueOrDefault(file.RelativePath));
}
