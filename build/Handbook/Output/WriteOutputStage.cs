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
            CreateFolders(staging, site.Outputs, context.Cancellation);
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

    /// <summary>Each folder once, not once per file, and a level at a time on every core: a folder costs the file system far more
    /// than a file (10,319 of them for a 10,000-question site), and the folders of one level never wait for each other.</summary>
    private static void CreateFolders(string staging, IEnumerable<OutputFile> outputs, CancellationToken cancel)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in outputs)
        {
            // The file's folder, then each one above it, until one is already known.
            var slash = file.Path.LastIndexOf('/');
            while (slash > 0 && folders.Add(file.Path[..slash])) slash = file.Path.LastIndexOf('/', slash - 1);
        }

        foreach (var level in folders.GroupBy(f => f.AsSpan().Count('/')).OrderBy(g => g.Key))
            Parallel.ForEach(level, new ParallelOptions { CancellationToken = cancel }, folder => Directory.CreateDirectory(Path.Combine(staging, folder)));
    }
}
