// The inverted index before it is cut into files: each word's documents with their impact, and how to decode a level.
namespace Handbook.Search;

/// <param name="Postings">Word -> impacts ordered by document id; words in ordinal order.</param>
/// <param name="Scale">A level L stands for the score exp(L * Scale) - 1.</param>
public sealed record ScoredIndex(IReadOnlyDictionary<string, IReadOnlyList<Impact>> Postings, double Scale, int DocumentCount);
