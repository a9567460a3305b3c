// The kinds of text a search document holds; each kind has its own weight in ranking (see ImpactScorer).
namespace Handbook.Search;

public enum SearchField
{
    Title,
    Summary,
    Kind,
    Heading,
    Step,
    Source,
    Text,
}
