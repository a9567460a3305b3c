// Brings the previous output up to date from a staging folder holding only the changed files: stale entries out, changed files in.
using System.IO.Enumeration;
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Output;

/// <remarks>Files that did not change keep their inode and date, and folders that stay are neither created nor deleted. Every
/// step is journaled (PublishJournal): a failure halfway puts the previous output back as it was, as a failed swap does. The output
/// is locked meanwhile, as when it is swapped, so two builds never update it at once.</remarks>
internal static class InPlacePublish
{
    /// <summary>For tests: called before each staged file moves into the output, so a test can make the publish fail halfway.</summary>
    internal static readonly AsyncLocal<Action<string>?> BeforeMove = new();

    public static void Run(IReadOnlyList<OutputFile> outputs, string output, string staging)
    {
        output = Path.TrimEndingDirectorySeparator(output);
        using var held = RunFolder.Lock(output);
        var journal = new PublishJournal(output, staging);
        try
        {
            var stale = Stale(outputs, output);
            // Staged before anything is set aside: a file that looked unchanged behind a link is read back through the link.
            StageUnder([.. stale.Where(s => !s.Folder && s.UnderFolder).Select(s => s.Relative)], outputs, staging);
            foreach (var (relative, folder, _) in stale) journal.SetAside(relative, folder);
            MoveIn(staging, journal);
        }
        catch
        {
            journal.Undo();
            throw;
        }
        finally
        {
            held.Release();
        }
    }

    /// <summary>What the new site does not have, to be set aside: files it has no file for, and whole folders it has no file under
    /// (a folder now a file, or a file now a folder, included). Links are moved, never followed. UnderFolder marks the places where
    /// the site needs a folder and found a file or a link instead.</summary>
    private static List<(string Relative, bool Folder, bool UnderFolder)> Stale(IReadOnlyList<OutputFile> outputs, string output)
    {
        var files = outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var folders = FoldersOf(outputs);
        string Relative(ref FileSystemEntry e) => e.ToFullPath()[(output.Length + 1)..].Replace('\\', '/');
        bool IsFolder(ref FileSystemEntry e) => e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) == 0;
        bool Kept(ref FileSystemEntry e) => IsFolder(ref e) && folders.Contains(Relative(ref e)); // a folder the new site still has

        // The entries of one folder and, below it, of every folder the new site still has (a stale one goes whole).
        List<(string Relative, bool Folder, bool UnderFolder)> Walk(string root, bool recurse) =>
            new FileSystemEnumerable<(string Relative, bool Folder, bool UnderFolder)>(root,
                (ref FileSystemEntry e) => (Relative(ref e), IsFolder(ref e), folders.Contains(Relative(ref e))),
                new EnumerationOptions { RecurseSubdirectories = recurse, AttributesToSkip = 0 })
            {
                ShouldRecursePredicate = Kept,
                ShouldIncludePredicate = (ref FileSystemEntry e) => !(e.Directory.Length == output.Length && e.FileName is OutputMarker.Name or RunFolder.LockName)
                    && !(IsFolder(ref e) ? folders.Contains(Relative(ref e)) : files.Contains(Relative(ref e))),
            }.ToList();

        // The top level first, then each folder the site keeps walked on every core: a large site is tens of thousands of folders.
        var kept = new FileSystemEnumerable<string>(output, (ref FileSystemEntry e) => e.ToFullPath(),
            new EnumerationOptions { AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = Kept,
        }.ToList();
        var below = new List<(string, bool, bool)>[kept.Count];
        Parallel.For(0, kept.Count, i => below[i] = Walk(kept[i], recurse: true));
        return [.. Walk(output, recurse: false), .. below.SelectMany(b => b)];
    }

    /// <summary>Stages every file of the site under the given places: where a link stood for a folder, the files behind it looked
    /// unchanged and were not staged, and they went aside with the link.</summary>
    private static void StageUnder(List<string> places, IReadOnlyList<OutputFile> outputs, string staging)
    {
        if (places.Count == 0) return;
        foreach (var file in outputs.Where(o => places.Any(p => o.Path.StartsWith(p + "/", StringComparison.Ordinal))))
        {
            var path = Path.Combine(staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    /// <summary>Moves every staged file into its place in the output, creating the folders a new page needs.</summary>
    private static void MoveIn(string staging, PublishJournal journal)
    {
        var undo = Path.Combine(staging, PublishJournal.FolderName);
        var staged = Directory.EnumerateFiles(staging, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(f => !f.StartsWith(undo + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(staging, f))
            .Where(f => f is not (OutputMarker.Name or RunFolder.LockName))
            .ToList();
        foreach (var folder in staged.Select(Path.GetDirectoryName).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal))
            journal.CreateFolder(folder!);
        var hook = BeforeMove.Value;
        Parallel.ForEach(staged, file =>
        {
            hook?.Invoke(file);
            journal.MoveIn(Path.Combine(staging, file), file);
        });
    }

    /// <summary>Every folder that holds one of the files, as '/' paths inside the site ("" not included).</summary>
    private static HashSet<string> FoldersOf(IEnumerable<OutputFile> outputs)
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
