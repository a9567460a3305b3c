// English stemming (Snowball's Porter2, from Lucene.Net) with a cache: a build stems each distinct word once.
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Handbook.Search;

public sealed class Stemmer
{
    // Not thread-safe, like the Snowball stemmer it wraps: one instance per index build.
    private readonly EnglishStemmer _snowball = new();
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    /// <summary>The stem of a lower-case word: "deploying" and "deployment" both give "deploy".</summary>
    public string Stem(string word)
    {
        if (_cache.TryGetValue(word, out var stem)) return stem;
        _snowball.SetCurrent(word);
        _snowball.Stem();
        return _cache[word] = _snowball.Current;
    }
}
