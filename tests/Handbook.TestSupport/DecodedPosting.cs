// One word's postings as the client decodes them: every document, the exact levels of the top ones, the rest's level.
namespace Handbook.Tests.Support;

public sealed record DecodedPosting(char Mode, IReadOnlyList<int> Docs, IReadOnlyDictionary<int, int> Top, int Rest)
{
    public int Level(int doc) => Top.TryGetValue(doc, out var level) ? level : Rest;
}
