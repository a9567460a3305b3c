// Stage: reads content, templates and site assets from disk into memory; the only stage that reads input files.
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Input;

public sealed class ReadInputsStage : IStage
{
    // Modification times are only as fine as the kernel's coarse clock, so a file written this close to the last read is read again.
    private static readonly TimeSpan Racy = TimeSpan.FromSeconds(1);

    public Site Run(Site site, BuildContext context)
    {
        var options = context.Options;
        var previous = site.Previous?.Inputs;
        var readAt = DateTime.UtcNow;
        return site with
        {
            Inputs = new SiteInputs
            {
                Content = ReadFolder(options.ContentDir, "--content", context, previous?.Content, previous?.ReadAt),
                Templates = ReadFolder(options.TemplatesDir, "--templates", context, previous?.Templates, previous?.ReadAt),
                Assets = ReadFolder(options.AssetsDir, "--assets", context, previous?.Assets, previous?.ReadAt),
                ContentRepoPath = RepoPath(context.FullPath(options.ContentDir)),
                ReadAt = readAt,
            },
        };
    }

    // Edit links name the file inside the repository, so find the folder holding .git above the content folder.
    private static string RepoPath(string contentDir)
    {
        for (var dir = new DirectoryInfo(contentDir); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
                return Path.GetRelativePath(dir.FullName, contentDir).Replace('\\', '/').TrimEnd('/') + "/";
        }

        return Path.GetFileName(contentDir.TrimEnd(Path.DirectorySeparatorChar)) + "/";
    }

    /// <summary>Reads every file of a folder; a file the previous build read and that has not changed since keeps the same Bytes array,
    /// which is how later stages know they can reuse their work for it.</summary>
    private static IReadOnlyList<InputFile> ReadFolder(string folder, string option, BuildContext context,
        IReadOnlyList<InputFile>? previous, DateTime? previousReadAt)
    {
        var root = context.FullPath(folder);
        if (!Directory.Exists(root))
        {
            context.Diagnostics.Error(new SourceLocation(context.DisplayPath(root)), Codes.MissingFolder,
                $"The folder given by {option} does not exist.");
            return [];
        }

        var known = previous?.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var files = new List<InputFile>();
        foreach (var info in new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, info.FullName).Replace('\\', '/');
            var lastWrite = info.LastWriteTimeUtc;
            var old = known?.GetValueOrDefault(relative);
            if (old is not null && old.LastWrite == lastWrite && old.Bytes.LongLength == info.Length && lastWrite < previousReadAt - Racy)
            {
                files.Add(old);
                continue;
            }

            var bytes = File.ReadAllBytes(info.FullName);
            files.Add(old is not null && old.Bytes.AsSpan().SequenceEqual(bytes)
                ? old with { LastWrite = lastWrite }
                : new InputFile(relative, context.DisplayPath(info.FullName), bytes, lastWrite));
        }

        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }
}
