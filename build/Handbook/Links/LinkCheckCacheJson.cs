// The cache file's JSON shape, generated at compile time so the Native AOT binary reads and writes it without reflection.
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Handbook.Links;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(LinkCheckCacheJson.StatusConverter)])]
[JsonSerializable(typeof(Dictionary<string, ExternalResult>))]
internal sealed partial class LinkCheckCacheJson : JsonSerializerContext
{
    // Statuses are written as "ok", "broken", ... as the cache files written before source generation hold them.
    internal sealed class StatusConverter() : JsonStringEnumConverter<ExternalStatus>(JsonNamingPolicy.CamelCase);
}
