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
                Content = ReadFolder(options.ContentDir, "--content", context, previous?.Content, previous?.ReadAt, site.ChangedPaths),
                Templates = ReadFolder(options.TemplatesDir, "--templates", context, previous?.Templates, previous?.ReadAt, site.ChangedPaths),
                Assets = ReadFolder(options.AssetsDir, "--assets", context, previous?.Assets, previous?.ReadAt, site.ChangedPaths),
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

    /// <summary>Reads every file of a folder, or only the changed paths when the watcher named them. A file the previous build read
    /// that has not changed since keeps the same Bytes array, which is how later stages know they can reuse their work for it.</summary>
    internal static IReadOnlyList<InputFile> ReadFolder(string folder, string option, BuildContext context,
        IReadOnlyList<InputFile>? previous, DateTime? previousReadAt, IReadOnlyCollection<string>? changed)
    {
        var root = context.FullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(root))
        {
            context.Diagnostics.Error(new SourceLocation(context.DisplayPath(root)), Codes.MissingFolder,
                $"The folder given by {option} does not exist.");
            return [];
        }

        if (previous is not null && changed is not null) return Update(root, context, previous, changed);

        var known = previous?.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);

        var files = new List<InputFile>();
        foreach (var info in new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var relative = Relative(root, info.FullName);
            var old = known?.GetValueOrDefault(relative);
            if (old is not null && old.LastWrite == info.LastWriteTimeUtc && old.Bytes.LongLength == info.Length && info.LastWriteTimeUtc < previousReadAt - Racy)
                files.Add(old);
            else
                files.Add(Read(info.FullName, relative, old, context));
        }

        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>Reads only what the watcher reported: a file again, a folder (created, renamed or deleted whole) by scanning it.</summary>
    private static IReadOnlyList<InputFile> Update(string root, BuildContext context, IReadOnlyList<InputFile> previous, IReadOnlyCollection<string> changed)
    {
        var prefix = root + Path.DirectorySeparatorChar;
        var paths = changed.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Select(p => Relative(root, p)).Distinct().ToList();
        if (paths.Count == 0) return previous;

        var known = previous.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        if (paths.All(p => known.ContainsKey(p) && File.Exists(Path.Combine(root, p))))
        {
            // The usual save: files that were there before changed in place, so the sorted list only needs those entries replaced.
            var updated = previous.ToArray();
            for (var i = 0; i < updated.Length; i++)
                if (paths.Contains(updated[i].RelativePath)) updated[i] = Read(Path.Combine(root, updated[i].RelativePath), updated[i].RelativePath, updated[i], context);
            return updated;
        }

        var files = new Dictionary<string, InputFile>(known, StringComparer.Ordinal);
        foreach (var relative in paths)
        {
            foreach (var stale in files.Keys.Where(k => k == relative || k.StartsWith(relative + "/", StringComparison.Ordinal)).ToList())
                files.Remove(stale);
            var full = Path.Combine(root, relative);
            try
            {
                if (File.Exists(full))
                    files[relative] = Read(full, relative, known.GetValueOrDefault(relative), context);
                else if (Directory.Exists(full))
                    foreach (var path in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
                        files[Relative(root, path)] = Read(path, Relative(root, path), known.GetValueOrDefault(Relative(root, path)), context);
            }
            catch (IOException) when (!File.Exists(full))
            {
                // Deleted while being read (an editor's save-by-rename): the watcher reports the new file next.
            }
        }

        return [.. files.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    private static InputFile Read(string path, string relative, InputFile? old, BuildContext context)
    {
        var lastWrite = File.GetLastWriteTimeUtc(path);
        var bytes = File.ReadAllBytes(path);
        return old is not null && old.Bytes.AsSpan().SequenceEqual(bytes)
            ? old with { LastWrite = lastWrite }
            : new InputFile(relative, context.DisplayPath(path), bytes, lastWrite);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
