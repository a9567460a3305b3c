// Stage: puts the checked site in place: the staged site swapped in whole, or the staged changes moved into the previous build.
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Output;

/// <remarks>Never checks for cancellation: once the first rename is done, the second one, or the rename back, always follows, so
/// Ctrl+C can never leave the output missing. Stop signals only set a flag the build reads between stages and pages.</remarks>
public sealed class PublishStage : IStage
{
    public Site Run(Site site, BuildContext context)
    {
        var output = context.OutputDir;
        var folders = context.Folders;
        var staging = folders.Staging ?? throw new InvalidOperationException("Nothing was staged to publish.");
        // Only the changes were staged over a previous build: they go into it, and the staging folder is deleted with the run's others.
        if (folders.StagedChangesOnly) OutputWriteException.Around(() => InPlacePublish.Run(site.Outputs, output, staging.Path));
        else OutputWriteException.Around(() => Swap(output, staging, folders));
        return site;
    }

    private static void Swap(string output, RunFolder staging, RunFolders folders)
    {
        RunFolder? old = null;
        if (Directory.Exists(output) && !OutputMarker.IsIn(output))
            Directory.Delete(output); // empty, or the build would have refused it; not recursive, so a file put there since stops it
        else if (Directory.Exists(output))
            old = folders.MoveAside(output);

        try
        {
            staging.MoveTo(output);
        }
        catch
        {
            // Put the previous output back. Put back or not, it is no longer this run's to delete: if the rename back fails too,
            // it stays as <output>.old-* with its marker and without a lock file, which no build deletes.
            if (old is not null)
            {
                try
                {
                    if (!Directory.Exists(output)) old.MoveTo(output);
                }
                finally
                {
                    folders.Release(old);
                }
            }

            throw;
        }

        // The previous output, now <output>.old-*, is deleted with the run's other folders when the build ends.
        folders.Release(staging);
    }
}
