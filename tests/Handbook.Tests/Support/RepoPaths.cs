// Finds the repository's folders from the test binary, so tests use the real content/, templates/ and site-assets/.
namespace Handbook.Tests.Support;

public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Content => Path.Combine(Root, "content");
    public static string Templates => Path.Combine(Root, "templates");
    public static string Assets => Path.Combine(Root, "site-assets");
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Handbook.sln"))) return dir.FullName;
        throw new InvalidOperationException("Handbook.sln not found above the test binary.");
    }
}
