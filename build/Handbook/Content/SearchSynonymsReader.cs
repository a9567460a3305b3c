// Reads handbook.yml's `search: synonyms:`, groups of words and phrases the search treats as the same (pager ~ on-call).
using Handbook.Diagnostics;
using Handbook.Search;
using YamlDotNet.RepresentationModel;

namespace Handbook.Content;

internal static class SearchSynonymsReader
{
    /// <summary>Each group's terms as the index spells them (lower case, words joined by one space), in the order written.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Read(YamlMap handbook)
    {
        if (handbook.Map("search") is not { } search) return [];
        search.RejectUnknownKeys("'search'", "synonyms");
        var groups = new List<IReadOnlyList<string>>();
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in search.List("synonyms"))
        {
            if (node is not YamlSequenceNode list)
            {
                search.Diagnostics.Error(search.At(node), Codes.WrongType,
                    $"Each synonym group is a list of words or phrases, such as [pager, on-call], not {YamlMap.Describe(node)}.");
                continue;
            }

            var group = new List<string>();
            var rejected = false;
            foreach (var item in list.Children)
            {
                if (search.ReadText(item, "a synonym", required: true) is not { } text) continue;
                var term = string.Join(' ', Tokenizer.Words(text));
                rejected |= term.Length == 0 || owner.TryGetValue(term, out var o) && o != groups.Count;
                if (term.Length == 0)
                    search.Diagnostics.Error(search.At(item), Codes.SynonymWithoutWords,
                        $"The synonym '{text}' has no word search can match (words need {Tokenizer.MinLength} to {Tokenizer.MaxLength} letters or digits).");
                else if (owner.TryGetValue(term, out var other) && other != groups.Count)
                    search.Diagnostics.Error(search.At(item), Codes.SynonymInTwoGroups,
                        $"'{text}' is already in synonym group {other + 1}: a term belongs to one group, so merge the two groups.");
                else if (!group.Contains(term))
                {
                    owner[term] = groups.Count;
                    group.Add(term);
                }
            }

            // A group left short by a term already reported needs no second error.
            if (group.Count < 2 && !rejected)
                search.Diagnostics.Error(search.At(list), Codes.SynonymGroupTooSmall,
                    $"A synonym group needs at least two different terms; this one has {group.Count}.");
            groups.Add(group);
        }

        return [.. groups.Where(g => g.Count >= 2)];
    }
}
