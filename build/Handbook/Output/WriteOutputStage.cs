// Stage: writes the output files into a staging folder beside the output folder (all of them, or the changed ones over a previous build).
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
            var options = new ParallelOptions { CancellationToken = context.Cancellation };
            context.Progress.Count(site.Outputs.Count);
            // Over a previous build only what changed is staged, and publishing moves it in: the files that did not change stay
            // untouched, and the site's thousands of folders are neither created again nor deleted.
            var previous = OutputMarker.IsIn(context.OutputDir) ? context.OutputDir : null;
            var changed = site.Outputs;
            if (previous is not null)
            {
                var same = new bool[site.Outputs.Count];
                Parallel.For(0, same.Length, options, i =>
                {
                    same[i] = UnchangedFiles.Same(Path.Combine(previous, site.Outputs[i].Path), site.Outputs[i].Bytes);
                    context.Progress.Advance();
                });
                changed = [.. site.Outputs.Where((_, i) => !same[i])];
                context.Folders.StagedChangesOnly = true;
            }

            CreateFolders(staging, changed, context.Cancellation);
            Parallel.ForEach(changed, options, file =>
            {
                File.WriteAllBytes(Path.Combine(staging, file.Path), file.Bytes);
                if (previous is null) context.Progress.Advance();
            });
        });
        return site;
    }

    /// <summary>Each folder once, not once per file, and a level at a time on every core: a folder costs the file system far more
    /// than a file (10,319 of them for a 10,000-question site), and the folders of one level never wait for each other.</summary>
    private static void CreateFolders(string staging, IEnumerable<OutputFile> outputs, CancellationToken cancel)
    {
        foreach (var level in FoldersOf(outputs).GroupBy(f => f.AsSpan().Count('/')).OrderBy(g => g.Key))
            Parallel.ForEach(level, new ParallelOptions { CancellationToken = cancel }, folder => Directory.CreateDirectory(Path.Combine(staging, folder)));
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
