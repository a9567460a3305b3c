// Finds the repository's folders from the test binary, so tests use the real content/, templates/ and site-assets/.
namespace Handbook.Tests.Support;

public static class RepoPaths
{
    /// <summary>Set to another checkout (a fork with its own areas) to run the content-facing tests against its content.</summary>
    public const string RootVariable = "HANDBOOK_REPOSITORY";

    public static string Root { get; } = Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } root
        ? Path.GetFullPath(root)
        : FindRoot();
    public static string Content => Path.Combine(Root, "content");
    public static string Templates => Path.Combine(Root, "templates");
    public static string Assets => Path.Combine(Root, "site-assets");
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>
    /// The seed handbook as it was when generator tests were moved off content/ (issue 16): tests that need a realistic
    /// handbook with known titles and counts use this copy, so editing, adding or removing real content leaves them green.
    /// </summary>
    public static string FrozenHandbook => Path.Combine(Fixtures, "frozen-handbook");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Handbook.sln"))) return dir.FullName;
        throw new InvalidOperationException("Handbook.sln not found above the test binary.");
    }
}
