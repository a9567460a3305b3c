// Whether two builds hold the same content as far as the search index is concerned, so a serve session knows when its index is stale.
using Handbook.Model;

namespace Handbook.Search;

/// <remarks>Compares the loader's fingerprints of every record the index is made from, so it holds whichever objects a build
/// hands on. Drawn diagrams are not indexed: only what the files say, the synonyms and the wording are.</remarks>
public static class SearchIndexInputs
{
    public static bool Unchanged(Site indexed, Site now) =>
        indexed.Sources.Select(s => s.Fingerprint).SequenceEqual(now.Sources.Select(s => s.Fingerprint))
        && indexed.Settings.Synonyms.Count == now.Settings.Synonyms.Count
        && indexed.Settings.Synonyms.Zip(now.Settings.Synonyms).All(pair => pair.First.SequenceEqual(pair.Second, StringComparer.Ordinal))
        // Section ids, headings and the words before a pull (templates/strings.yml, sections.yml) are in the index too.
        && Same(indexed.Wording?.Fingerprint, now.Wording?.Fingerprint)
        && indexed.Areas.Count == now.Areas.Count
        && indexed.Areas.Zip(now.Areas).All(pair => SameArea(pair.First, pair.Second));

    private static bool SameArea(Area before, Area after) =>
        Same(before.Fingerprint, after.Fingerprint)
        && before.Questions.Count == after.Questions.Count
        && before.Questions.Zip(after.Questions).All(pair => Same(pair.First.Fingerprint, pair.Second.Fingerprint));

    /// <summary>Equal fingerprints of records a loader read; a record made by hand has none, and is never taken as unchanged.</summary>
    private static bool Same(Fingerprint? before, Fingerprint? after) => before == after && before != Fingerprint.Absent;
}
