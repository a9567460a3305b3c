// Reads the search index files back (a C# twin of search.js's decoder) so tests can check what the client will see.
using System.Text.Json.Nodes;
using Handbook.Model;
using Handbook.Search;

namespace Handbook.Tests.Support;

public sealed class SearchFiles(IReadOnlyDictionary<string, string> files)
{
    public static SearchFiles From(IEnumerable<OutputFile> outputs) =>
        new(outputs.Where(o => o.Path.StartsWith("search/", StringComparison.Ordinal))
                   .ToDictionary(o => o.Path["search/".Length..^".js".Length], o => System.Text.Encoding.UTF8.GetString(o.Bytes)));

    public IEnumerable<string> Names => files.Keys;

    public string Text(string name) => files[name];

    /// <summary>The data a file hands to hbSearch(name, data); checks the file names itself correctly.</summary>
    public JsonNode Data(string name)
    {
        var text = files[name];
        var prefix = $"hbSearch(\"{name}\",";
        Assert.StartsWith(prefix, text);
        Assert.EndsWith(");\n", text);
        return JsonNode.Parse(text[prefix.Length..^3])!;
    }

    public IReadOnlyList<string> Words(string key) =>
        files.ContainsKey($"t/{key}") ? [.. Data($"t/{key}")["w"]!.AsArray().Select(w => (string)w!)] : [];

    /// <summary>A word's posting string, from its shard or the block the shard points to.</summary>
    public string? PostingText(string word)
    {
        var key = ShardKey.Of(word);
        var shard = Data($"t/{key}");
        var at = shard["w"]!.AsArray().Select(w => (string)w!).ToList().IndexOf(word);
        if (at < 0) return null;
        var entry = shard["p"]![at]!;
        return entry.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string)entry! : (string)Data($"t/{key}.{(int)entry}")[word]!;
    }

    public DecodedPosting Posting(string word) => Decode(PostingText(word)!);

    public static DecodedPosting Decode(string text)
    {
        var at = 1;
        int Symbol() => IndexCodec.Value(text[at++]);
        var docs = new List<int>();
        var top = new Dictionary<int, int>();
        var rest = 0;
        var doc = -1;
        if (text[0] == 'a')
        {
            while (at < text.Length)
            {
                doc += IndexCodec.ReadNumber(text, ref at) + 1;
                docs.Add(doc);
                top[doc] = Symbol();
            }

            return new DecodedPosting('a', docs, top, rest);
        }

        rest = Symbol();
        for (var n = IndexCodec.ReadNumber(text, ref at); n > 0; n--)
        {
            doc += IndexCodec.ReadNumber(text, ref at) + 1;
            top[doc] = Symbol();
        }

        if (text[0] == 'b')
        {
            for (var j = 0; at < text.Length; j += 6)
            {
                var bits = Symbol();
                for (var k = 0; k < 6; k++) if ((bits >> k & 1) == 1) docs.Add(j + k);
            }
        }
        else
        {
            for (doc = -1; at < text.Length;) docs.Add(doc += IndexCodec.ReadNumber(text, ref at) + 1);
        }

        return new DecodedPosting(text[0], docs, top, rest);
    }
}
