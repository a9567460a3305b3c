// Guards the output folder: only a folder the generator created (it carries a marker file) may ever be replaced.
using Handbook.Core;
using Handbook.Diagnostics;

namespace Handbook.Output;

public static class OutputFolder
{
    /// <summary>Null when the generator may write to <paramref name="output"/>; otherwise why not.</summary>
    public static string? Refusal(BuildContext context)
    {
        var output = context.OutputDir;
        var sep = Path.DirectorySeparatorChar;
        bool Contains(string parent, string child) =>
            child == parent || child.StartsWith(parent.TrimEnd(sep) + sep, StringComparison.Ordinal);

        if (Path.GetPathRoot(output) == output || output.Length == 0)
            return "the output folder cannot be the root of the file system.";
        if (Contains(output, context.WorkingDirectory))
            return "the output folder holds the current folder; choose a folder of its own, such as _site.";
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && Contains(output, Path.GetFullPath(home)))
            return "the output folder holds your home folder.";

        var inputs = new[] { ("--content", context.Options.ContentDir), ("--templates", context.Options.TemplatesDir), ("--assets", context.Options.AssetsDir) };
        foreach (var (option, folder) in inputs)
        {
            var input = context.FullPath(folder).TrimEnd(sep);
            if (Contains(output, input) || Contains(input, output))
                return $"the output folder overlaps the {option} folder '{context.DisplayPath(input)}'.";
        }

        if (File.Exists(output)) return "a file, not a folder, has that name.";
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !OutputMarker.IsIn(output))
            return $"the folder is not empty and was not written by this generator (it has no {OutputMarker.Name} file), so it will not be replaced.";
        return null;
    }

    public static void Report(BuildContext context, string reason) =>
        context.Diagnostics.Error(new SourceLocation(context.DisplayPath(context.OutputDir)), Codes.UnsafeOutput,
            $"Refusing to write the output here: {reason}");
}
