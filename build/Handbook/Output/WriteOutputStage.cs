// Stage: writes the files not yet written (assets, the search index) into the staging folder beside the output (StagingStore).
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Output;

public sealed class WriteOutputStage : IStage
{
    public Site Run(Site site, BuildContext context)
    {
        if (StagingStore.Open(context) is not { } store) return site;
        // The pages are on disk already when OpenStagingStage streamed them; the rest (assets, the search index) goes now.
        var pending = site.Outputs.Where(o => !o.IsStored).ToList();
        context.Progress.Count(pending.Count);
        OutputWriteException.Around(() => Parallel.ForEach(pending, new ParallelOptions { CancellationToken = context.Cancellation }, file =>
        {
            store.Store(file);
            context.Progress.Advance();
        }));
        return site;
    }
}
