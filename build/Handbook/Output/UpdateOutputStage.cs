// Stage (serve mode): brings a published output folder up to date by writing only the files that changed since the last good build.
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Output;

/// <remarks>The served folder is updated in place rather than swapped, so a one-page edit costs one file write, not a whole site.
/// Each file is written beside its target and renamed over it, so a reader sees the old file or the new one, never half of one.
/// The same rules as a full build guard the folder: it must be one this generator created.</remarks>
public sealed class UpdateOutputStage : IStage
{
    private const string PartSuffix = ".handbook-part";

    public Site Run(Site site, BuildContext context)
    {
        var output = context.OutputDir;
        if (OutputFolder.Refusal(context) is { } reason)
        {
            OutputFolder.Report(context, reason);
            return site;
        }

        if (context.Rebuild?.LastGood is not { } previous || !OutputMarker.IsIn(output))
        {
            OutputFolder.Report(context, $"'{context.DisplayPath(output)}' holds no build of this generator to update; run a full build first.");
            return site;
        }

        OutputWriteException.Around(() => Update(site, previous, output, context));
        return site;
    }

    private static void Update(Site site, Site previous, string output, BuildContext context)
    {
        var before = previous.Outputs.ToDictionary(o => o.Path, StringComparer.Ordinal);
        var changed = site.Outputs.Where(file => !file.SameBytes(before.GetValueOrDefault(file.Path))).ToList();
        void Write(OutputFile file)
        {
            var path = Path.Combine(output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path + PartSuffix, file.Bytes);
            File.Move(path + PartSuffix, path, overwrite: true);
        }

        // Threads pay off for a template change that rewrites every page, not for the usual handful of files.
        if (changed.Count > 64) Parallel.ForEach(changed, Write);
        else changed.ForEach(Write);

        var now = site.Outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        context.FilesUpdated = changed.Count;
        foreach (var gone in before.Keys.Where(path => !now.Contains(path)))
        {
            context.FilesUpdated++;
            var path = Path.Combine(output, gone);
            File.Delete(path);
            RemoveEmptyFolders(Path.GetDirectoryName(path)!, output);
        }
    }

    private static void RemoveEmptyFolders(string folder, string output)
    {
        for (var dir = folder; dir.Length > output.Length && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any();
             dir = Path.GetDirectoryName(dir)!)
            Directory.Delete(dir);
    }
}
