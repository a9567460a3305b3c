// How the user started the generator, for the commands a hint tells them to run: from source or as a binary.
namespace Handbook.Commands;

public static class CommandName
{
    /// <summary>`dotnet run --project build/Handbook --` when running from source, `handbook` or `./handbook` for a binary.</summary>
    public static string Current { get; } =
        Detect(AppContext.BaseDirectory, Environment.ProcessPath, Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable("PATH"));

    internal static string Detect(string baseDirectory, string? processPath, string workingDirectory, string? path)
    {
        // `dotnet run` runs the build output, bin/<configuration>/<framework>/ under the project folder.
        var dir = new DirectoryInfo(baseDirectory);
        for (var up = 0; dir is not null && up < 4; up++, dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Handbook.csproj")))
                return $"dotnet run --project {Shown(Path.GetRelativePath(workingDirectory, dir.FullName))} --";
        }

        // A test host or `dotnet handbook.dll`: the name the README and the release binaries use.
        if (processPath is null || !Path.GetFileNameWithoutExtension(processPath).Equals("handbook", StringComparison.OrdinalIgnoreCase))
            return "handbook";
        var folder = Path.GetDirectoryName(processPath)!;
        var onPath = (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(p => Path.GetFullPath(p, workingDirectory).TrimEnd(Path.DirectorySeparatorChar) == folder.TrimEnd(Path.DirectorySeparatorChar));
        if (onPath) return Path.GetFileNameWithoutExtension(processPath);
        var relative = Shown(Path.GetRelativePath(workingDirectory, processPath));
        return relative.Contains('/') ? relative : "./" + relative;
    }

    private static string Shown(string path) => path.Replace('\\', '/').Contains(' ') ? $"\"{path.Replace('\\', '/')}\"" : path.Replace('\\', '/');
}
