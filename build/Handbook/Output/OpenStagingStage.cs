// Stage: makes the staging folder beside the output before the pages render, so each page is written as soon as it is made.
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Output;

/// <remarks>Peak memory then holds one page per core rather than the whole site (600 MB of pages for 10,000 questions). Serve's
/// builds keep every page in memory instead: their next rebuild reuses the pages that did not change.</remarks>
public sealed class OpenStagingStage : IStage
{
    public Site Run(Site site, BuildContext context)
    {
        if (!context.KeepsPageReads) StagingStore.Open(context);
        return site;
    }
}
