// Stage: writes every output file into a staging folder beside the output folder; nothing else touches the disk.
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Output;

public sealed class WriteOutputStage : IStage
{
    public Site Run(Site site, BuildContext context)
    {
        if (OutputFolder.Refusal(context) is { } reason)
        {
            OutputFolder.Report(context, reason);
            return site;
        }

        OutputWriteException.Around(() =>
        {
            // A fresh name each run: an existing folder, whoever made it, is never reused or emptied.
            var staging = context.Folders.CreateStaging(context.OutputDir).Path;
            context.Progress.Count(site.Outputs.Count);
            // Each folder once, not once per file: creating one checks every folder above it, and most folders hold two files.
            foreach (var folder in site.Outputs.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.Path))!).Distinct(StringComparer.Ordinal))
                Directory.CreateDirectory(folder);
            // The previous build, when there is one, lends every file that did not change.
            var previous = OutputMarker.IsIn(context.OutputDir) ? context.OutputDir : null;
            Parallel.ForEach(site.Outputs, new ParallelOptions { CancellationToken = context.Cancellation }, file =>
            {
                var target = Path.Combine(staging, file.Path);
                if (previous is null || !UnchangedFiles.TryLink(Path.Combine(previous, file.Path), target, file.Bytes))
                    File.WriteAllBytes(target, file.Bytes);
                context.Progress.Advance();
            });
        });
        return site;
    }
}
