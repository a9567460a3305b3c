// How much one word says about one document: a quantised BM25 score, 1 (barely) to ImpactScorer.Levels (the title).
namespace Handbook.Search;

public readonly record struct Impact(int Doc, int Level);
