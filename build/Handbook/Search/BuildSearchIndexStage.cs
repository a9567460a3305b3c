// Stage: builds the search index from the content model (not from HTML) and puts its files under search/.
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Search;

public sealed class BuildSearchIndexStage : IStage
{
    public Site Run(Site site, BuildContext context)
    {
        var documents = new SearchDocumentBuilder(site).Build(context.Cancellation);
        // Replaces, not adds: in serve mode the site arrives holding the index of the build before (KeepSearchIndexStage).
        return site with { Outputs = [.. site.Outputs.Where(o => !IndexShardBuilder.IsIndexFile(o)), .. new IndexShardBuilder().Build(documents, site.Settings.Synonyms, context.Cancellation)] };
    }
}
