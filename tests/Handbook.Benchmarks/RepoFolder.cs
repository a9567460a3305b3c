// The repository's root, found from the benchmark binary, so benchmarks use the real templates/ and site-assets/.
namespace Handbook.Benchmarks;

public static class RepoFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Handbook.sln"))) return dir.FullName;
        throw new InvalidOperationException("Handbook.sln not found above the benchmark binary.");
    }
}
