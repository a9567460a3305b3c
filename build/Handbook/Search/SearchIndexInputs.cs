// Whether two builds hold the same content as far as the search index is concerned, so a serve session knows when its index is stale.
using Handbook.Model;

namespace Handbook.Search;

/// <remarks>Relies, as page rendering does, on the loader and the diagram stage reusing the record of every unchanged file.</remarks>
public static class SearchIndexInputs
{
    public static bool Unchanged(Site indexed, Site now) =>
        ReferenceEquals(indexed.Sources, now.Sources)
        && ReferenceEquals(indexed.Settings.Synonyms, now.Settings.Synonyms)
        // Section ids, headings and the words before a pull (templates/strings.yml, sections.yml) are in the index too.
        && ReferenceEquals(indexed.Wording, now.Wording)
        && indexed.Areas.Count == now.Areas.Count
        && indexed.Areas.Zip(now.Areas).All(pair => SameArea(pair.First, pair.Second));

    private static bool SameArea(Area before, Area after) =>
        ReferenceEquals(before, after)
        || before.SameApartFromQuestions(after)
        && before.Questions.Count == after.Questions.Count
        && before.Questions.Zip(after.Questions).All(pair => ReferenceEquals(pair.First, pair.Second));
}
