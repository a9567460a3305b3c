// Stage: builds the search index from the content model (not from HTML) and adds its files under search/.
using Handbook.Markdown;
using Handbook.Model;

namespace Handbook.Search;

public sealed class BuildSearchIndexStage : IStage
{
    public Site Run(Site site, BuildContext context)
    {
        var documents = new SearchDocumentBuilder(site, new MarkdownRenderer()).Build();
        return site with { Outputs = [.. site.Outputs, .. new IndexShardBuilder().Build(documents)] };
    }
}
