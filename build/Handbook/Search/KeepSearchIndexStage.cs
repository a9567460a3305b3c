// Stage (serve mode): carries the last good build's search/ files over as they were, so an edit's pages are not held up by the index.
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Search;

/// <remarks>Every content edit shifts the statistics the whole index is scored with, so rebuilding it costs seconds in a large
/// handbook where the page costs milliseconds: the serve session rebuilds it right after (Pipeline.RebuildSearch).</remarks>
public sealed class KeepSearchIndexStage : IStage
{
    public Site Run(Site site, BuildContext context) => context.Rebuild?.LastGood is not { } previous ? site
        : site with { Outputs = [.. site.Outputs, .. previous.Outputs.Where(IndexShardBuilder.IsIndexFile)] };
}
