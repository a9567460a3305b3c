// Stage: reads content, templates and site assets from disk into memory; the only stage that reads input files.
using Handbook.Core;
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Input;

/// <param name="open">Opens an input file; tests pass one that fails, since a test running as root can read any file.</param>
public sealed class ReadInputsStage(Func<string, FileStream>? open = null) : IStage
{
    // Modification times are only as fine as the kernel's coarse clock, so a file written this close to the last read is read again.
    private static readonly TimeSpan Racy = TimeSpan.FromSeconds(1);

    public Site Run(Site site, BuildContext context)
    {
        var options = context.Options;
        var previous = context.Rebuild?.LastGood.Inputs;
        var changed = context.Rebuild?.ChangedPaths;
        var readAt = DateTime.UtcNow;
        var refused = new HashSet<string>(StringComparer.Ordinal);
        return site with
        {
            Inputs = new SiteInputs
            {
                Content = ReadFolder(options.ContentDir, "--content", context, previous?.Content, previous?.ReadAt, changed,
                    InputFolderReader.ContentLimit, open, refused),
                Templates = ReadOverlay(options.TemplatesDir, BuiltInFiles.TemplatesFolder, "--templates", BuiltInFiles.Templates, context,
                    previous?.Templates, previous?.ReadAt, changed),
                Assets = ReadOverlay(options.AssetsDir, BuiltInFiles.AssetsFolder, "--assets", BuiltInFiles.Assets, context,
                    previous?.Assets, previous?.ReadAt, changed),
                RefusedContent = refused,
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

    /// <summary>Reads a templates or assets folder over the built-in files. A fork without the folder of the default name builds with
    /// the built-in files alone; a folder named on the command line must exist.</summary>
    private IReadOnlyList<InputFile> ReadOverlay(string folder, string defaultFolder, string option, IReadOnlyList<InputFile> builtIn,
        BuildContext context, IReadOnlyList<InputFile>? previous, DateTime? previousReadAt, IReadOnlyCollection<string>? changed)
    {
        if (folder == defaultFolder && !Path.Exists(context.FullPath(folder))) return builtIn;
        // The previous list holds the built-in files too: a watched rebuild replaces the changed ones, and deleting an override
        // brings the built-in file back.
        var read = ReadFolder(folder, option, context, previous, previousReadAt, changed, null, open);
        return ReferenceEquals(read, previous) ? read : BuiltInFiles.Overlay(read, builtIn);
    }

    /// <summary>Reads every file of a folder, or only the changed paths when the watcher named them. A file the previous build read
    /// that has not changed since is handed on as it was, so it is not read or hashed again; later stages reuse their work for every
    /// file whose fingerprint is the one they saw (InputFile.Unchanged).
    /// Files that cannot be read safely are left out, each reported, and their paths added to <paramref name="refused"/>.</summary>
    internal static IReadOnlyList<InputFile> ReadFolder(string folder, string option, BuildContext context,
        IReadOnlyList<InputFile>? previous, DateTime? previousReadAt, IReadOnlyCollection<string>? changed,
        long? limit, Func<string, FileStream>? open = null, ISet<string>? refused = null)
    {
        var root = context.FullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(root))
        {
            context.Diagnostics.Error(new SourceLocation(context.DisplayPath(root)), Codes.MissingFolder,
                $"The folder given by {option} does not exist.");
            return [];
        }

        var watching = previous is not null && changed is not null;
        var reader = new InputFolderReader(context, root, limit, open) { Watching = watching };
        var files = watching ? Update(root, reader, previous!, changed!) : ReadAll(reader, previous, previousReadAt);
        refused?.UnionWith(reader.Refused);
        return files;
    }

    private static IReadOnlyList<InputFile> ReadAll(InputFolderReader reader, IReadOnlyList<InputFile>? previous, DateTime? previousReadAt)
    {
        var known = previous?.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var entries = reader.Walk().ToList();
        // The walk finds the files; they are read on every core (a large handbook has tens of thousands).
        var files = new InputFile?[entries.Count];
        Parallel.For(0, entries.Count, i =>
        {
            var entry = entries[i];
            var old = known?.GetValueOrDefault(entry.Relative);
            var (size, lastWrite) = (entry.Status.Size, entry.Status.LastWrite);
            files[i] = old is not null && old.LastWrite == lastWrite && old.Bytes.LongLength == size && lastWrite < previousReadAt - Racy
                ? old
                : reader.Read(entry, old);
        });

        return [.. files.OfType<InputFile>().OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>Reads only what the watcher reported: a file again, a folder (created, renamed or deleted whole) by scanning it.</summary>
    private static IReadOnlyList<InputFile> Update(string root, InputFolderReader reader, IReadOnlyList<InputFile> previous, IReadOnlyCollection<string> changed)
    {
        var prefix = root + Path.DirectorySeparatorChar;
        var paths = changed.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Select(p => Relative(root, p)).Distinct().ToList();
        if (paths.Count == 0) return previous;

        var known = previous.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        if (paths.All(p => known.ContainsKey(p) && IsPlainFile(Path.Combine(root, p))))
        {
            // The usual save: files that were there before changed in place, so the sorted list only needs those entries replaced.
            var updated = new List<InputFile>(previous.Count);
            foreach (var file in previous)
            {
                if (!paths.Contains(file.RelativePath)) updated.Add(file);
                else
                    foreach (var entry in reader.Entry(file.RelativePath))
                        if (reader.Read(entry, file) is { } read) updated.Add(read);
            }

            return updated;
        }

        var files = new Dictionary<string, InputFile>(known, StringComparer.Ordinal);
        foreach (var relative in paths)
        {
            foreach (var stale in files.Keys.Where(k => k == relative || k.StartsWith(relative + "/", StringComparison.Ordinal)).ToList())
                files.Remove(stale);
            foreach (var entry in reader.Entry(relative))
                if (reader.Read(entry, known.GetValueOrDefault(entry.Relative)) is { } file) files[entry.Relative] = file;
        }

        return [.. files.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    private static bool IsPlainFile(string path)
    {
        try
        {
            return NativeStat.Of(path).Kind == FileKind.Regular;
        }
        catch (IOException)
        {
            return false; // read again the long way, which reports it
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
