// Decides which pages a content change affects, by comparing the new model with the last good build's.
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Incremental;

/// <remarks>Relies on the loader reusing the record of every unchanged file, so "changed" is a reference comparison.
/// What each page shows: every page names every area in its navigation and, on an area's pages, that area's question titles;
/// the home and 404 pages show area cards; an area page shows its question cards; a question page shows its neighbours' cards;
/// the next area's page links to this area's last stop in the reading order; an area's print page shows the whole area and all of its questions; the sources pages list and count every citation.
/// So editing the body of one question renders that question's page and its area's print page only.</remarks>
public static class AffectedPagesBuilder
{
    public static AffectedPages For(Site site)
    {
        if (site.Previous is not { } old) return AffectedPages.All;
        if (!SameFiles(old.Inputs.Templates, site.Inputs.Templates)) return AffectedPages.All;
        if (!ReferenceEquals(old.Settings, site.Settings) || !ReferenceEquals(old.Sources, site.Sources)) return AffectedPages.All;
        if (old.Areas.Count != site.Areas.Count) return AffectedPages.All;

        var pages = new HashSet<string>(StringComparer.Ordinal);
        var sources = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < site.Areas.Count; i++)
        {
            var (before, after) = (old.Areas[i], site.Areas[i]);
            if (before.Slug != after.Slug || before.Title != after.Title) return AffectedPages.All;

            var ownChanged = !before.SameApartFromQuestions(after);
            var titlesChanged = !before.Questions.Select(q => (q.Slug, q.Text, q.ShortTitle)).SequenceEqual(after.Questions.Select(q => (q.Slug, q.Text, q.ShortTitle)));
            if (ownChanged || titlesChanged)
            {
                // The area's cards, its navigation on each of its pages and its counts change.
                // The drill lists every question of the handbook by title.
                pages.UnionWith([PageUrls.Home, NotFound, PageUrls.Sources, PageUrls.Area(after), PageUrls.Print(after), PageUrls.Sheet(after), PageUrls.Drill]);
                pages.UnionWith(after.Questions.Select(q => PageUrls.Question(after, q)));
                // The next area's page links back to this area's last stop in the reading order.
                if (i + 1 < site.Areas.Count) pages.Add(PageUrls.Area(site.Areas[i + 1]));
                sources.UnionWith(Cited(before).Concat(Cited(after)));
                continue;
            }

            var previous = new Dictionary<string, Question>(StringComparer.Ordinal);
            foreach (var q in before.Questions) previous.TryAdd(q.Slug, q);
            for (var j = 0; j < after.Questions.Count; j++)
            {
                var question = after.Questions[j];
                var earlier = previous.GetValueOrDefault(question.Slug);
                if (ReferenceEquals(earlier, question)) continue;
                pages.Add(PageUrls.Question(after, question));
                pages.Add(PageUrls.Print(after));
                if (earlier is null || SheetLine(earlier) != SheetLine(question)) pages.Add(PageUrls.Sheet(after));
                if (earlier is null || Card(earlier) != Card(question))
                {
                    // The card shows on the area page and on the neighbours' pages.
                    pages.Add(PageUrls.Area(after));
                    if (j > 0) pages.Add(PageUrls.Question(after, after.Questions[j - 1]));
                    if (j + 1 < after.Questions.Count) pages.Add(PageUrls.Question(after, after.Questions[j + 1]));
                }

                if (earlier is null || !Citations(earlier).SequenceEqual(Citations(question)))
                {
                    // The sources pages list and count what each question cites.
                    pages.Add(PageUrls.Sources);
                    sources.UnionWith(question.Evidence.Select(e => e.SourceId));
                    if (earlier is not null) sources.UnionWith(earlier.Evidence.Select(e => e.SourceId));
                }
            }
        }

        foreach (var id in sources)
            if (site.Source(id) is { } source) pages.Add(PageUrls.Source(source));
        return new AffectedPages(pages);
    }

    private const string NotFound = "404.html";

    private static (string Text, string? Kind, string Summary) Card(Question q) => (q.Text, q.Kind, q.Summary);

    // Without the location: moving a line does not change what a page shows.
    private static IEnumerable<(string, string, string?)> Citations(Question q) => q.Evidence.Select(e => (e.SourceId, e.Pull, e.Label));

    private static IEnumerable<string> Cited(Area area) =>
        area.Evidence.Concat(area.Questions.SelectMany(q => q.Evidence)).Select(e => e.SourceId);

    private static bool SameFiles(IReadOnlyList<InputFile> before, IReadOnlyList<InputFile> after) =>
        before.Count == after.Count && before.Zip(after).All(pair => pair.Second.Unchanged(pair.First));

    /// <summary>What the night-before sheet shows of a question: its title, its flow and the first thing the panel listens for.</summary>
    private static string SheetLine(Question q) =>
        string.Join("\n", [q.Text, .. q.Flow.Select(s => s.Label), q.ListeningFor.Count > 0 ? q.ListeningFor[0] : ""]);
}
