// At the start of a build: removes the staging and moved-aside folders that interrupted builds left beside the output.
using Handbook.Core;

namespace Handbook.Output;

public static class StaleFolders
{
    /// <summary>What build and serve do first: removes the stale folders beside a permitted output and prints one line about them.</summary>
    public static void RemoveAndReport(BuildContext context, TextWriter stdout)
    {
        if (OutputFolder.Refusal(context) is not null) return; // the build reports it; a refused place is not looked around
        if (Summary(Remove(context.OutputDir)) is { } line) stdout.WriteLine(line);
    }

    /// <summary>Deletes each sibling <c>&lt;output&gt;.building-*</c> / <c>&lt;output&gt;.old-*</c> folder that carries the marker and a
    /// lock file no running build holds, and each staging folder a run was killed before marking (empty, or only its free lock file);
    /// returns their names. Any other folder (a user's, or a live build's) is never touched.</summary>
    private static IReadOnlyList<string> Remove(string output)
    {
        var parent = Path.GetDirectoryName(output);
        var name = Path.GetFileName(output);
        if (parent is null || name.Length == 0 || !Directory.Exists(parent)) return [];

        var removed = new List<string>();
        foreach (var dir in new DirectoryInfo(parent).EnumerateDirectories())
        {
            if (!(dir.Name.StartsWith(name + ".building-", StringComparison.Ordinal) || dir.Name.StartsWith(name + ".old-", StringComparison.Ordinal))) continue;
            if (dir.LinkTarget is not null) continue;
            if (RunFolder.TryRemoveUnmarked(output, dir.FullName))
            {
                removed.Add(dir.Name); // a run killed between making its staging folder and marking it
                continue;
            }

            if (!OutputMarker.IsIn(dir.FullName)) continue;
            if (RunFolder.TryClaim(dir.FullName) is not { } stale) continue;
            try
            {
                stale.Delete();
                removed.Add(dir.Name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for a later build: clearing litter must not stop this one.
                stale.Dispose();
            }
        }

        return [.. removed.Order(StringComparer.Ordinal)];
    }

    /// <summary>The one line a build prints about what it removed, or null when it removed nothing.</summary>
    private static string? Summary(IReadOnlyList<string> removed) => removed.Count switch
    {
        0 => null,
        1 => $"Removed 1 folder left by an interrupted build: {removed[0]}.",
        _ => $"Removed {removed.Count} folders left by interrupted builds: {string.Join(", ", removed)}.",
    };
}
