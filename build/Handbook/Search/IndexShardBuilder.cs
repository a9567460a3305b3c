// Cuts the scored index into the files the client loads: a fixed-size manifest, a shard per two-letter key, documents.
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Handbook.Model;

namespace Handbook.Search;

/// <remarks>
/// Every file is a script that calls <c>hbSearch(name, data)</c>, so it loads by a script tag from file:// too.
/// A shard holds every word starting with its key, so one shard answers any prefix of two letters or more;
/// postings longer than <paramref name="inlineLimit"/> move to block files beside it, loaded only when needed.
/// </remarks>
public sealed class IndexShardBuilder(int inlineLimit = 400, int blockSize = 8000, int topCount = PostingEncoder.DefaultTopCount)
{
    public const string Folder = "search/";
    public const string Callback = "hbSearch";

    public static bool IsIndexFile(OutputFile file) => file.Path.StartsWith(Folder, StringComparison.Ordinal);

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions JsonWriting = new() { Encoder = Json.Encoder };

    /// <param name="synonyms">handbook.yml's synonym groups, shipped in the manifest: the client expands queries with them.</param>
    public IReadOnlyList<OutputFile> Build(IReadOnlyList<SearchDocument> documents,
        IReadOnlyList<IReadOnlyList<string>>? synonyms = null, CancellationToken cancel = default)
    {
        var index = ImpactScorer.Score(documents, cancel);
        var stemmer = new Stemmer();
        var files = new List<OutputFile>();

        var words = index.Postings.Keys.GroupBy(ShardKey.Of).ToDictionary(g => g.Key, g => g.ToList());
        var stems = index.Postings.Keys.GroupBy(stemmer.Stem)
            .Where(g => g.Key.Length >= Tokenizer.MinLength && !(g.Count() == 1 && g.First() == g.Key))
            .GroupBy(g => ShardKey.Of(g.Key))
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Key, StringComparer.Ordinal).ToList());
        var keys = words.Keys.Union(stems.Keys).Order(StringComparer.Ordinal).ToList();

        // Each shard is built on its own, on every core, and the files are listed in the keys' order.
        var shardFiles = new List<OutputFile>[keys.Count];
        Parallel.For(0, keys.Count, new ParallelOptions { CancellationToken = cancel }, k =>
        {
            var key = keys[k];
            var shard = new JsonObject { ["w"] = new JsonArray(), ["p"] = new JsonArray(), ["s"] = new JsonObject() };
            var blocks = new List<JsonObject>();
            var blockLength = 0;
            foreach (var word in words.GetValueOrDefault(key) ?? [])
            {
                var posting = PostingEncoder.Encode(index.Postings[word], topCount);
                shard["w"]!.AsArray().Add((JsonNode)word);
                if (posting.Length <= inlineLimit)
                {
                    shard["p"]!.AsArray().Add((JsonNode)posting);
                    continue;
                }

                if (blocks.Count == 0 || blockLength + posting.Length > blockSize && blockLength > 0)
                {
                    blocks.Add([]);
                    blockLength = 0;
                }

                blocks[^1][word] = posting;
                blockLength += posting.Length;
                shard["p"]!.AsArray().Add((JsonNode)blocks.Count);
            }

            foreach (var group in stems.GetValueOrDefault(key) ?? [])
                shard["s"]![group.Key] = new JsonArray([.. group.Order(StringComparer.Ordinal).Select(w => (JsonNode)w)]);

            shardFiles[k] = [Script($"t/{key}", shard), .. blocks.Select((block, i) => Script($"t/{key}.{i + 1}", block))];
        });
        foreach (var shardFile in shardFiles) files.AddRange(shardFile);

        var keyBits = new StringBuilder();
        IndexCodec.AppendBitmap(keyBits, [.. keys.Select(ShardKey.Index).Order()]);
        keyBits.Append(IndexCodec.Symbol(0), (ShardKey.Count + 5) / 6 - keyBits.Length); // always the same length
        var manifest = new JsonObject
        {
            ["v"] = 1,
            ["n"] = documents.Count,
            ["q"] = index.Scale,
            ["k"] = keyBits.ToString(),
        };
        if (synonyms is { Count: > 0 })
            manifest["y"] = new JsonArray([.. synonyms.Select(g => (JsonNode)new JsonArray([.. g.Select(t => (JsonNode)t)]))]);
        files.Add(Script("manifest", manifest));

        // Loaded only when a query finds nothing, to offer the nearest titles: never part of a first query's bytes.
        files.Add(Script("titles", new JsonArray([.. documents.Select(d => (JsonNode)d.Title)])));
        // One file per document, each written on its own: on every core, in the documents' order.
        var documentFiles = new OutputFile[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancel }, id => documentFiles[id] = Script($"d/{id}", json =>
        {
            var document = documents[id];
            json.WriteStartObject();
            json.WriteString("u", document.Url);
            json.WriteString("t", document.Title);
            json.WriteString("y", document.Type);
            json.WriteStartArray("s");
            foreach (var section in document.Sections)
            {
                json.WriteStartArray();
                json.WriteStringValue(section.Anchor);
                json.WriteStringValue(section.Label);
                json.WriteStringValue(section.Excerpt);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
        files.AddRange(documentFiles);
        return files;
    }

    private static OutputFile Script(string name, JsonNode data) => Script(name, json => data.WriteTo(json, Json));

    /// <summary>The script file <c>hbSearch("name",data);</c>, its JSON written straight as UTF-8: never a string, then bytes again
    /// (a document file per page of the site).</summary>
    private static OutputFile Script(string name, Action<Utf8JsonWriter> write)
    {
        var output = new ArrayBufferWriter<byte>(1024);
        Encoding.UTF8.GetBytes($"{Callback}(\"{name}\",", output);
        using (var json = new Utf8JsonWriter(output, JsonWriting))
            write(json);
        output.Write(");\n"u8);
        return new OutputFile($"{Folder}{name}.js", output.WrittenSpan.ToArray());
    }
}
