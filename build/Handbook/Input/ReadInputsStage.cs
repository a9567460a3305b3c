// Stage: reads content, templates and site assets from disk into memory; the only stage that reads input files.
using Handbook.Diagnostics;
using Handbook.Model;

namespace Handbook.Input;

public sealed class ReadInputsStage : IStage
{
    public Site Run(Site site, BuildContext context)
    {
        var options = context.Options;
        return site with
        {
            Inputs = new SiteInputs
            {
                Content = ReadFolder(options.ContentDir, "--content", context),
                Templates = ReadFolder(options.TemplatesDir, "--templates", context),
                Assets = ReadFolder(options.AssetsDir, "--assets", context),
                ContentRepoPath = RepoPath(context.FullPath(options.ContentDir)),
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

    internal static IReadOnlyList<InputFile> ReadFolder(string folder, string option, BuildContext context)
    {
        var root = context.FullPath(folder);
        if (!Directory.Exists(root))
        {
            context.Diagnostics.Error(new SourceLocation(context.DisplayPath(root)), Codes.MissingFolder,
                $"The folder given by {option} does not exist.");
            return [];
        }

        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => new InputFile(
                Path.GetRelativePath(root, path).Replace('\\', '/'),
                context.DisplayPath(path),
                File.ReadAllBytes(path)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }
}
