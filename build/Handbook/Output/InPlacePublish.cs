// Brings the previous output up to date from a staging folder holding only the changed files: stale entries out, changed files in.
using System.IO.Enumeration;
using Handbook.Core;
using Handbook.Model;

namespace Handbook.Output;

/// <remarks>Each changed file is renamed over its old self, so a reader sees the old file or the new one, never half of one; files
/// that did not change keep their inode and date, and folders that stay are neither created nor deleted. The output is locked
/// meanwhile, as when it is swapped, so two builds never update it at once.</remarks>
internal static class InPlacePublish
{
    public static void Run(IReadOnlyList<OutputFile> outputs, string output, string staging)
    {
        output = Path.TrimEndingDirectorySeparator(output);
        using var held = RunFolder.Lock(output);
        try
        {
            var replaced = RemoveStale(outputs, output);
            WriteUnder(replaced, outputs, output);
            MoveIn(output, staging);
        }
        finally
        {
            held.Release();
        }
    }

    /// <summary>Deletes what the new site does not have: files it has no file for, and whole folders it has no file under (a folder
    /// now a file, or a file now a folder, included). Links are removed, never followed.</summary>
    /// <returns>The places where the site needs a folder and found a file or a link instead (now deleted).</returns>
    private static IReadOnlyList<string> RemoveStale(IReadOnlyList<OutputFile> outputs, string output)
    {
        var files = outputs.Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var folders = WriteOutputStage.FoldersOf(outputs);
        string Relative(ref FileSystemEntry e) => e.ToFullPath()[(output.Length + 1)..].Replace('\\', '/');
        bool IsFolder(ref FileSystemEntry e) => e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) == 0;

        var stale = new FileSystemEnumerable<(string Path, string Relative, bool Folder)>(output, (ref FileSystemEntry e) => (e.ToFullPath(), Relative(ref e), IsFolder(ref e)),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            // A folder the new site still has is looked into; a stale one goes whole.
            ShouldRecursePredicate = (ref FileSystemEntry e) => IsFolder(ref e) && folders.Contains(Relative(ref e)),
            ShouldIncludePredicate = (ref FileSystemEntry e) => !(e.Directory.Length == output.Length && e.FileName is OutputMarker.Name or RunFolder.LockName)
                && !(IsFolder(ref e) ? folders.Contains(Relative(ref e)) : files.Contains(Relative(ref e))),
        }.ToList();

        foreach (var (path, _, folder) in stale)
        {
            if (folder) Directory.Delete(path, recursive: true);
            else File.Delete(path);
        }

        return [.. stale.Where(s => !s.Folder && folders.Contains(s.Relative)).Select(s => s.Relative)];
    }

    /// <summary>Writes every file of the site under the given places: where a link stood for a folder, the files behind it looked
    /// unchanged and were not staged, and they went with the link.</summary>
    private static void WriteUnder(IReadOnlyList<string> places, IReadOnlyList<OutputFile> outputs, string output)
    {
        if (places.Count == 0) return;
        foreach (var file in outputs.Where(o => places.Any(p => o.Path.StartsWith(p + "/", StringComparison.Ordinal))))
        {
            var path = Path.Combine(output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    /// <summary>Renames every staged file over its place in the output, creating the folders a new page needs.</summary>
    private static void MoveIn(string output, string staging)
    {
        var staged = Directory.EnumerateFiles(staging, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(staging, f))
            .Where(f => f is not (OutputMarker.Name or RunFolder.LockName))
            .ToList();
        foreach (var folder in staged.Select(Path.GetDirectoryName).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(Path.Combine(output, folder!));
        Parallel.ForEach(staged, file => File.Move(Path.Combine(staging, file), Path.Combine(output, file), overwrite: true));
    }
}
