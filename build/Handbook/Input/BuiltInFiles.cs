// The templates and site assets built into the generator (the repository's templates/ and site-assets/, embedded), under a fork's own.
using Handbook.Model;

namespace Handbook.Input;

public static class BuiltInFiles
{
    public const string TemplatesFolder = "templates";
    public const string AssetsFolder = "site-assets";

    /// <summary>Shown where a diagnostic names a built-in file, which has no path on disk.</summary>
    public const string DisplayPrefix = "(built-in)/";

    // Read once per process: a rebuild then gets the same records, so the incremental build sees them unchanged.
    private static readonly Lazy<IReadOnlyList<InputFile>> LazyTemplates = new(() => Load(TemplatesFolder));
    private static readonly Lazy<IReadOnlyList<InputFile>> LazyAssets = new(() => Load(AssetsFolder));

    public static IReadOnlyList<InputFile> Templates => LazyTemplates.Value;
    public static IReadOnlyList<InputFile> Assets => LazyAssets.Value;

    /// <summary>The files of a folder over the built-in ones: a file of the folder replaces the built-in file of the same path, and
    /// every built-in file it does not have is kept, so a fork changes one partial by writing that partial only.</summary>
    public static IReadOnlyList<InputFile> Overlay(IReadOnlyList<InputFile> folder, IReadOnlyList<InputFile> builtIn)
    {
        var own = folder.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        return [.. folder.Concat(builtIn.Where(f => !own.Contains(f.RelativePath))).OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    private static List<InputFile> Load(string folder)
    {
        var assembly = typeof(BuiltInFiles).Assembly;
        var prefix = folder + "/";
        var files = new List<InputFile>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild's RecursiveDir uses the build machine's separator.
            var path = name.Replace('\\', '/');
            if (!path.StartsWith(prefix, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            files.Add(new InputFile(path[prefix.Length..], DisplayPrefix + path, bytes));
        }

        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }
}
