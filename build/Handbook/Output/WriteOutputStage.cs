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

    /// <summary>Every folder that holds one of the files, as '/' paths inside the site ("" not included).</summary>
    internal static HashSet<string> FoldersOf(IEnumerable<OutputFile> outputs)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in outputs)
        {
            // The file's folder, then each one above it, until one is already known.
            var slash = file.Path.LastIndexOf('/');
            while (slash > 0 && folders.Add(file.Path[..slash])) slash = file.Path.LastIndexOf('/', slash - 1);
        }

        return folders;
    }
}
